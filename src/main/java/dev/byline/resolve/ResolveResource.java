package dev.byline.resolve;

import dev.byline.common.web.Api;
import dev.byline.common.web.HttpCaching;
import dev.byline.common.web.SurrogateKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/resolve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resolve", description = "Routing a frontend by path: what lives at a path of the site")
public class ResolveResource {

    @Inject
    ResolveService resolver;

    @Inject
    HttpCaching http;

    @GET
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "resolvePath", summary = "What lives at a path of the site",
            description = "Matches the path against the permalink patterns. A current permalink answers "
                    + "redirect: false; an old one (an earlier slug, or a permalink path kept by an import) redirect: true with the current url, so a "
                    + "frontend's 404 handler can answer 301. Unknown and non-public paths are 404.")
    @APIResponse(responseCode = "200", description = "The thing at the path",
            content = @Content(schema = @Schema(implementation = ResolvedView.class)))
    @APIResponse(responseCode = "400", description = "No path, or not a path (it must start with /)")
    @APIResponse(responseCode = "404", description = "Nothing public lives at the path")
    public Response resolve(
            @Parameter(description = "A path of the site, e.g. /articles/some-slug (query and fragment ignored)",
                    required = true, example = "/articles/russia-asserts-major-regional-role-as-it-offers-to-host-taliban-talks")
            @QueryParam("path") String path) {
        ResolvedView view = resolver.resolve(path);
        return http.json(view, keys(view)).build();
    }

    /** An item's answer changes with the item and with any write to its type (a slug taken over). */
    private static SurrogateKeys keys(ResolvedView view) {
        boolean item = view.kind().equals("article") || view.kind().equals("post");
        return item ? SurrogateKeys.of(view.kind() + ":" + view.id(), "list:" + view.kind() + "s")
                : SurrogateKeys.of(view.kind() + ":" + view.slug());
    }
}
