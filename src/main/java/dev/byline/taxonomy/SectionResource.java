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

@Path(Api.BASE + "/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "The site's sections, a tree")
public class SectionResource {

    @Inject
    SectionService sections;

    @Inject
    HttpCaching http;

    /** What its answers are purged by. */
    static final CatalogueKeys<SectionView> KEYS = new CatalogueKeys<>("section", "sections", SectionView::slug);

    @GET
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "listSections", summary = "List sections with their counts of published items")
    @APIResponse(responseCode = "200", description = "A page of sections",
            content = @Content(schema = @Schema(implementation = SectionPage.class)))
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageView<SectionView> list = sections.list(PageParams.of(page, size));
        return http.jsonPage(list, KEYS.page(list)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getSection", summary = "Get a section")
    @APIResponse(responseCode = "200", description = "The section",
            content = @Content(schema = @Schema(implementation = SectionView.class)))
    public Response get(@PathParam("id") UUID id) {
        SectionView view = sections.get(id);
        return http.json(view, KEYS.entry(view)).build();
    }

    @GET
    @Path("/slug/{slug}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getSectionBySlug", summary = "Get a section by its slug")
    @APIResponse(responseCode = "200", description = "The section",
            content = @Content(schema = @Schema(implementation = SectionView.class)))
    public Response getBySlug(@PathParam("slug") String slug) {
        SectionView view = sections.getBySlug(slug);
        return http.json(view, KEYS.entry(view)).build();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSection", summary = "Create a section")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public Response create(@Valid @NotNull SectionRequest request, @Context UriInfo uri) {
        SectionView created = sections.create(request);
        return Created.at(uri, created.id(), created);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateSection", summary = "Change a section (JSON Merge Patch)")
    @RequestBody(content = @Content(schema = @Schema(implementation = SectionRequest.class)))
    @APIResponse(responseCode = "200", description = "The changed section",
            content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public SectionView patch(@PathParam("id") UUID id, JsonNode patch) {
        return sections.patch(id, patch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteSection", summary = "Delete an empty section")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The section still has content or subsections")
    public void delete(@PathParam("id") UUID id) {
        sections.delete(id);
    }

    /** Schema-only type: a page of sections. */
    @Schema(name = "SectionPage")
    public record SectionPage(List<SectionView> data, PageMeta meta) {
    }
}
