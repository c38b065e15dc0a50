package dev.byline.content.web;

import dev.byline.content.list.ContentListService;

import dev.byline.common.web.Api;
import dev.byline.common.web.HttpCaching;
import dev.byline.common.web.Versioned;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Inject
    HttpCaching http;

    @GET
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "listRecent", summary = "The newest published articles and posts (a sidebar)")
    @APIResponse(responseCode = "200", description = "The newest items",
            content = @Content(schema = @Schema(implementation = RecentView.class)))
    public Response recent(@Parameter(description = "How many, 1 to 50 (default 6)") @QueryParam("limit")
            Integer limit) {
        return http.read(() -> lists.recentVersion(limit), () -> {
            Versioned<List<RecentItemView>> recent = lists.recent(limit);
            return new Versioned<>(recent.etag(), new RecentView(recent.view()), recent.keys());
        }).build();
    }
}
