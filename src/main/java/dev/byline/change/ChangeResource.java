package dev.byline.change;

import dev.byline.common.security.CurrentUser;
import dev.byline.common.web.Api;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "What changed since a cursor, in commit order, for sync and static builds")
public class ChangeResource {

    @Inject
    ChangeFeedService feed;

    @Inject
    CurrentUser currentUser;

    @GET
    @PermitAll
    @Operation(operationId = "listChanges", summary = "Changes after a cursor, oldest first",
            description = "Every change appears exactly once, in commit order. Anonymous callers see changes to "
                    + "public content (unpublishing or deleting reads as delete); a token sees what its role may "
                    + "read. Poll again with since=meta.nextCursor.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = ChangeFeedView.class)))
    @APIResponse(responseCode = "400", description = "Malformed cursor or limit")
    @APIResponse(responseCode = "410", description = "The cursor is older than the retention: re-sync")
    public Response list(
            @Parameter(description = "meta.nextCursor of the previous call; absent: from the oldest kept change")
            @QueryParam("since") String since,
            @Parameter(description = "1 to 1000, default 100") @QueryParam("limit") Integer limit) {
        ChangeFeedView view = feed.read(since, limit, currentUser.get());
        return Response.ok(view).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }
}
