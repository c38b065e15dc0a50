package dev.byline.resolve;

import dev.byline.common.web.Api;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/resolve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frontend", description = "Helpers for sites built on the API")
public class ResolveResource {

    @Inject
    ResolveService resolver;

    @GET
    @PermitAll
    @Operation(operationId = "resolvePath", summary = "What lives at a path of the site",
            description = "A current permalink answers redirect: false; an old one (an earlier slug, or a permalink "
                    + "path kept by an import) redirect: true with the current url, for a 301.")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = ResolvedView.class)))
    @APIResponse(responseCode = "404", description = "Nothing public lives there")
    public ResolvedView resolve(@Parameter(description = "A path on the site, e.g. /2025/03/old-slug/")
            @QueryParam("path") String path) {
        return resolver.resolve(path);
    }
}
