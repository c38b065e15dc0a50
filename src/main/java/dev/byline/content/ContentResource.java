package dev.byline.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.auth.CurrentUser;
import dev.byline.auth.Roles;
import dev.byline.common.web.Api;
import dev.byline.common.web.PageResponses;
import dev.byline.content.ContentListService.ListParams;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The HTTP side of articles and posts, shared by both: each type's resource only names its
 * path and type. Rules live in {@link ContentService} and {@link ContentListService}.
 * Inherited methods are invisible to the OpenAPI role scan, hence the explicit
 * {@code @SecurityRequirement} next to each {@code @RolesAllowed}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ContentResource {

    @Inject
    ContentService content;

    @Inject
    ContentListService lists;

    @Inject
    CurrentUser currentUser;

    protected abstract ContentType type();

    @GET
    @PermitAll
    @Operation(summary = "List published items (token holders may filter by status)")
    @APIResponse(responseCode = "200", description = "A page of summary views (or the fields asked for)",
            content = @Content(schema = @Schema(implementation = ContentPage.class)))
    public Response list(
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "Keyset cursor from meta.nextCursor; not with page") @QueryParam("cursor")
            String cursor,
            @Parameter(description = "Section slug (includes its subsections)") @QueryParam("section") String section,
            @Parameter(description = "Tag slug; repeat for any of several") @QueryParam("tag") List<String> tag,
            @Parameter(description = "Author slug") @QueryParam("author") String author,
            @Parameter(description = "Token holders: draft, scheduled, published, archived or any; repeatable")
            @QueryParam("status") List<String> status,
            @Parameter(description = "Only items published after this instant") @QueryParam("publishedAfter")
            String publishedAfter,
            @Parameter(description = "Only items published before this instant") @QueryParam("publishedBefore")
            String publishedBefore,
            @Parameter(description = "-publishedAt (default), publishedAt, -updatedAt, updatedAt, title, -title")
            @QueryParam("sort") String sort,
            @Parameter(description = "Comma list of fields to return (id always kept), e.g. title,slug,bodyHtml")
            @QueryParam("fields") String fields,
            @Context UriInfo uri) {
        ListParams params = new ListParams(page, size, cursor, section, tag, author, status, publishedAfter,
                publishedBefore, sort, fields);
        return PageResponses.ok(lists.list(type(), params, currentUser.get()), uri).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get one item (full view)")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    public Response get(@PathParam("id") UUID id) {
        return single(content.get(type(), id, currentUser.get())).build();
    }

    @GET
    @Path("/slug/{slug}")
    @PermitAll
    @Operation(summary = "Get one item by its slug")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    public Response getBySlug(
            @Parameter(description = "The slug; percent-encode non-ASCII letters") @PathParam("slug") String slug) {
        return single(content.getBySlug(type(), slug, currentUser.get())).build();
    }

    @POST
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an item (contributors: drafts only)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContentRequest.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "409", description = "The explicit slug is taken")
    public Response create(JsonNode body, @Context UriInfo uri) {
        ContentView created = content.create(type(), body, currentUser.require());
        return single(created).status(Response.Status.CREATED)
                .location(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change an item (JSON Merge Patch; owner or editor)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContentRequest.class)))
    @APIResponse(responseCode = "200", description = "The changed item",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "409", description = "The explicit slug is taken")
    public Response patch(@PathParam("id") UUID id, JsonNode body) {
        return single(content.patch(type(), id, body, currentUser.require())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Operation(summary = "Delete an item with its comments and revisions (owner's draft, or editor)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        content.delete(type(), id, currentUser.require());
    }

    private static Response.ResponseBuilder single(ContentView view) {
        return Response.ok(view).tag(new jakarta.ws.rs.core.EntityTag(view.id() + "-v" + view.version()));
    }

    /** Schema-only type: a page of summaries, for the OpenAPI document. */
    @Schema(name = "ContentPage")
    public record ContentPage(List<ContentSummaryView> data, dev.byline.common.web.PageMeta meta) {
    }

}
