package dev.byline.preview;

import dev.byline.common.web.Api;
import dev.byline.common.web.PrivateResponses;
import dev.byline.content.ContentView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading an item through a preview token: no bearer token, never cached, never indexed. */
@Path(Api.BASE + "/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Previews", description = "Draft previews for frontends, without editor tokens")
public class PreviewResource {

    static final String ROBOTS = "X-Robots-Tag";

    @Inject
    PreviewService previews;

    @GET
    @Path("/{token}")
    @PermitAll
    @Operation(operationId = "readPreview", summary = "The item a preview token names, as it is now, in any status",
            description = "Needs no bearer token: the token is the permission. Answers are private, never stored, "
                    + "and marked noindex.")
    @APIResponse(responseCode = "200", description = "The item's full view",
            headers = {
                @Header(name = "Cache-Control", description = "private, no-store",
                        schema = @Schema(implementation = String.class)),
                @Header(name = ROBOTS, description = "noindex", schema = @Schema(implementation = String.class))},
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, altered, expired or revoked token, or the item is gone")
    public Response read(@Parameter(description = "The token from POST /{articles|posts}/{id}/preview")
            @PathParam("token") String token) {
        return Response.ok(previews.read(token))
                .header(HttpHeaders.CACHE_CONTROL, PrivateResponses.PRIVATE)
                .header(ROBOTS, "noindex")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
