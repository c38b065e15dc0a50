package dev.byline.content;

import dev.byline.common.web.Api;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/recent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recent", description = "The newest published articles and posts together")
public class RecentResource {

    @Inject
    ContentListService lists;

    /** {@code {"data": [...]}}: the "Recent posts" sidebar. */
    public record RecentView(List<RecentItemView> data) {
    }

    @GET
    @PermitAll
    @Operation(operationId = "listRecent", summary = "The newest published articles and posts (a sidebar)")
    public RecentView recent(@Parameter(description = "How many, 1 to 50 (default 6)") @QueryParam("limit")
            Integer limit) {
        return new RecentView(lists.recent(limit));
    }
}
