package dev.byline.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.security.Roles;
import dev.byline.common.web.Api;
import dev.byline.common.web.CatalogueKeys;
import dev.byline.common.web.Created;
import dev.byline.common.web.HttpCaching;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Free-form topics; deleting a tag detaches it")
public class TagResource {

    @Inject
    TagService tags;

    @Inject
    HttpCaching http;

    /** What its answers are purged by. */
    static final CatalogueKeys<TagView> KEYS = new CatalogueKeys<>("tag", "tags", TagView::slug);

    @GET
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "listTags", summary = "List tags with their counts of published items")
    @APIResponse(responseCode = "200", description = "A page of tags",
            content = @Content(schema = @Schema(implementation = TagPage.class)))
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageView<TagView> list = tags.list(PageParams.of(page, size));
        return http.jsonPage(list, KEYS.page(list)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getTag", summary = "Get a tag")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    public Response get(@PathParam("id") UUID id) {
        TagView view = tags.get(id);
        return http.json(view, KEYS.entry(view)).build();
    }

    @GET
    @Path("/slug/{slug}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getTagBySlug", summary = "Get a tag by its slug")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    public Response getBySlug(@PathParam("slug") String slug) {
        TagView view = tags.getBySlug(slug);
        return http.json(view, KEYS.entry(view)).build();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTag", summary = "Create a tag")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public Response create(@Valid @NotNull TagRequest request, @Context UriInfo uri) {
        TagView created = tags.create(request);
        return Created.at(uri, created.id(), created);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateTag", summary = "Change a tag (JSON Merge Patch)")
    @RequestBody(content = @Content(schema = @Schema(implementation = TagRequest.class)))
    @APIResponse(responseCode = "200", description = "The changed tag",
            content = @Content(schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public TagView patch(@PathParam("id") UUID id, JsonNode patch) {
        return tags.patch(id, patch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteTag", summary = "Delete a tag and detach it from its content")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        tags.delete(id);
    }

    /** Schema-only type: a page of tags. */
    @Schema(name = "TagPage")
    public record TagPage(List<TagView> data, PageMeta meta) {
    }
}
