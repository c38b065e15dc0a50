package dev.byline.article;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.security.Roles;
import dev.byline.common.web.Api;
import dev.byline.content.web.ContentResource;
import dev.byline.content.ContentType;
import dev.byline.content.ContentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Articles: long-form news stories with bylines, a dateline and a standfirst. */
@Path(Api.BASE + "/articles")
@Tag(name = "Articles", description = "Long-form news stories: several authors, a dateline and a standfirst")
public class ArticleResource extends ContentResource {

    @Override
    protected ContentType type() {
        return ContentType.ARTICLE;
    }

    @POST
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an item (contributors: drafts only)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleRequest.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "409", description = "The explicit slug is taken")
    public Response create(JsonNode body, @Context UriInfo uri) {
        return createItem(body, uri);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change an item (JSON Merge Patch; owner or editor)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticlePatch.class)))
    @APIResponse(responseCode = "200", description = "The changed item",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "409", description = "The explicit slug is taken")
    @APIResponse(responseCode = "412", description = "If-Match names an older version; the problem's "
            + "currentVersion (and the ETag header) give the current one. Nothing was written.")
    public Response patch(@PathParam("id") UUID id, JsonNode body,
            @Parameter(description = "ETag the change is based on; * for any") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch) {
        return patchItem(id, body, ifMatch);
    }
}
