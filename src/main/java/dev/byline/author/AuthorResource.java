package dev.byline.author;

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

@Path(Api.BASE + "/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Public bylines, managed by editors")
public class AuthorResource {

    @Inject
    AuthorService authors;

    @Inject
    HttpCaching http;

    /** What its answers are purged by. */
    static final CatalogueKeys<AuthorView> KEYS = new CatalogueKeys<>("author", "authors", AuthorView::slug);

    @GET
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "listAuthors", summary = "List authors with their counts of published items")
    @APIResponse(responseCode = "200", description = "A page of authors",
            content = @Content(schema = @Schema(implementation = AuthorPage.class)))
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageView<AuthorView> list = authors.list(PageParams.of(page, size));
        return http.jsonPage(list, KEYS.page(list)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getAuthor", summary = "Get an author")
    @APIResponse(responseCode = "200", description = "The author",
            content = @Content(schema = @Schema(implementation = AuthorView.class)))
    public Response get(@PathParam("id") UUID id) {
        AuthorView view = authors.get(id);
        return http.json(view, KEYS.entry(view)).build();
    }

    @GET
    @Path("/slug/{slug}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getAuthorBySlug", summary = "Get an author by slug")
    @APIResponse(responseCode = "200", description = "The author",
            content = @Content(schema = @Schema(implementation = AuthorView.class)))
    public Response getBySlug(@PathParam("slug") String slug) {
        AuthorView view = authors.getBySlug(slug);
        return http.json(view, KEYS.entry(view)).build();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAuthor", summary = "Create an author")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AuthorView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public Response create(@Valid @NotNull AuthorRequest request, @Context UriInfo uri) {
        AuthorView created = authors.create(request);
        return Created.at(uri, created.id(), created);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateAuthor", summary = "Change an author (JSON Merge Patch)")
    @RequestBody(content = @Content(schema = @Schema(implementation = AuthorRequest.class)))
    @APIResponse(responseCode = "200", description = "The changed author",
            content = @Content(schema = @Schema(implementation = AuthorView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public AuthorView patch(@PathParam("id") UUID id, JsonNode patch) {
        return authors.patch(id, patch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "deleteAuthor", summary = "Delete an author without bylines")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The author still has bylines")
    public void delete(@PathParam("id") UUID id) {
        authors.delete(id);
    }

    /** Schema-only type: a page of authors. */
    @Schema(name = "AuthorPage")
    public record AuthorPage(List<AuthorView> data, PageMeta meta) {
    }
}
