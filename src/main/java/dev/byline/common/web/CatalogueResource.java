package dev.byline.common.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.persistence.SluggedCatalogue;
import dev.byline.common.security.Roles;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The endpoints every catalogue of slugged entries has (sections, tags, authors): a public
 * page in name order and one entry by id or slug, conditional and purgeable; create, merge
 * patch and delete for editors. A catalogue's resource names its path, its service and its
 * purge keys; what it says in the API document is one line on its {@code @Tag}
 * (see {@link #DOCS}), from which every operation's summary and schemas are written.
 *
 * @param <V> an entry's view
 * @param <R> the write request (a record: validated as the type it is)
 */
public abstract class CatalogueResource<V extends CatalogueEntry, R extends Record> {

    /**
     * The {@code @Tag} extension a catalogue documents itself with, a JSON object: {@code noun}
     * (singular, lower case), {@code delete} (the delete's summary), and optionally
     * {@code deleteConflict} (when a delete answers 409) and {@code getBySlug} (that summary).
     */
    public static final String DOCS = "x-catalogue";

    /** Which of the catalogue's operations a method is, for the document. */
    public static final String OPERATION = "x-catalogue-operation";

    @Inject
    HttpCaching http;

    private final CatalogueKeys<V> keys;

    protected CatalogueResource(CatalogueKeys<V> keys) {
        this.keys = keys;
    }

    protected abstract SluggedCatalogue<?, V, R> catalogue();

    @GET
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Extension(name = OPERATION, value = "list")
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageView<V> list = catalogue().list(PageParams.of(page, size));
        return http.jsonPage(list, keys.page(list)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Extension(name = OPERATION, value = "get")
    public Response get(@PathParam("id") UUID id) {
        return entry(catalogue().get(id));
    }

    @GET
    @Path("/slug/{slug}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Extension(name = OPERATION, value = "getBySlug")
    public Response getBySlug(@PathParam("slug") String slug) {
        return entry(catalogue().getBySlug(slug));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = OPERATION, value = "create")
    public Response create(@Valid @NotNull R request, @Context UriInfo uri) {
        V created = catalogue().create(request);
        return Created.at(uri, created.id(), created);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Extension(name = OPERATION, value = "update")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    public V patch(@PathParam("id") UUID id, JsonNode patch) {
        return catalogue().patch(id, patch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = OPERATION, value = "delete")
    public void delete(@PathParam("id") UUID id) {
        catalogue().delete(id);
    }

    private Response entry(V view) {
        return http.json(view, keys.entry(view)).build();
    }
}
