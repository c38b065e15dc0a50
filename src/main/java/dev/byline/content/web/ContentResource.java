package dev.byline.content.web;

import dev.byline.content.ContentCacheKeys;
import dev.byline.content.ContentService;
import dev.byline.content.ContentSummaryView;
import dev.byline.content.ContentType;
import dev.byline.content.ContentView;
import dev.byline.content.list.ContentListService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.content.ItemIncludes;
import dev.byline.common.web.PageView;
import java.util.LinkedHashSet;
import java.util.Set;
import dev.byline.common.openapi.TypedBodies;
import dev.byline.common.security.CurrentUser;
import dev.byline.common.security.Roles;
import dev.byline.common.web.Api;
import dev.byline.common.web.Created;
import dev.byline.common.web.FieldSelection;
import dev.byline.common.web.EntityTags;
import dev.byline.common.web.HttpCaching;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageResponses;
import dev.byline.common.web.SurrogateKeys;
import dev.byline.content.list.ContentListService.ListPlan;
import dev.byline.content.SlugLookup;
import dev.byline.common.security.AuthenticatedUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.content.revision.RevisionService;
import dev.byline.content.revision.RevisionSummaryView;
import dev.byline.content.revision.RevisionView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The HTTP side of articles and posts, shared by both: each type's resource only names its
 * path, its type and, on its {@code @Tag}, the schemas of its create and patch bodies
 * ({@link TypedBodies}: each type's own request records). Rules live in {@link ContentService},
 * {@link ContentListService} and {@link RevisionService}; this class turns their answers into
 * HTTP (ETags, 304, 301, caching). Inherited methods are invisible to the OpenAPI role scan,
 * hence the explicit {@code @SecurityRequirement} next to each {@code @RolesAllowed}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ContentResource {

    @Inject
    ContentService content;

    @Inject
    ContentListService lists;

    @Inject
    RevisionService revisions;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpCaching http;

    @Inject
    ObjectMapper mapper;

    @Inject
    ItemIncludes itemIncludes;

    protected abstract ContentType type();

    @GET
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(summary = "List published items (token holders may filter by status)")
    @APIResponse(responseCode = "200", description = "A page of summary views (or the fields asked for)",
            content = @Content(schema = @Schema(implementation = ContentPage.class)))
    @APIResponse(responseCode = "304", description = "The page is unchanged since the ETag in If-None-Match")
    public Response list(@BeanParam ContentListParams params,
            @Parameter(description = "authors: full author objects (bio, avatar, links, url) in place of the "
                    + "references; the only include on lists") @QueryParam("include") String include) {
        FieldSelection selection = ContentFields.parse(params.fields());
        ListPlan plan = lists.plan(type(), params.typed(), currentUser.get());
        boolean full = selection != null && selection.namesAny(ContentFields.FULL_ONLY);
        if (!ItemIncludes.parse(include, true).isEmpty()) {
            return listWithAuthors(plan, full, selection);
        }
        return http.readPage(() -> lists.version(plan), () -> lists.page(plan, full),
                item -> selection == null ? item : selection.apply(item, mapper)).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(summary = "Get one item (full view)")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "304", description = "The item is unchanged since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @BeanParam ItemReadParams params) {
        Optional<AuthenticatedUser> caller = currentUser.get();
        ItemReadParams.Expansion expansion = params.expansion();
        if (expansion != null) {
            return expanded(content.get(type(), id, caller).view(), expansion);
        }
        return http.read(() -> content.version(type(), id, caller), () -> content.get(type(), id, caller))
                .build();
    }

    @GET
    @Path("/slug/{slug}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(summary = "Get one item by its slug; an old slug redirects to the current one")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "301", description = "An old slug of the item: Location names the current one")
    @APIResponse(responseCode = "304", description = "The item is unchanged since the ETag in If-None-Match")
    public Response getBySlug(
            @Parameter(description = "The slug; percent-encode non-ASCII letters") @PathParam("slug") String slug,
            @BeanParam ItemReadParams params, @Context UriInfo uri) {
        Optional<AuthenticatedUser> caller = currentUser.get();
        ItemReadParams.Expansion expansion = params.expansion();
        if (expansion != null) {
            SlugLookup lookup = content.getBySlug(type(), slug, caller);
            return lookup instanceof SlugLookup.Found found ? expanded(found.item().view(), expansion)
                    : atSlug(lookup, uri);
        }
        if (!http.conditional()) {
            return atSlug(content.getBySlug(type(), slug, caller), uri);
        }
        // A conditional read looks at the stamp first, and loads the item only when the copy is stale.
        SlugLookup lookup = content.versionAtSlug(type(), slug, caller);
        if (lookup instanceof SlugLookup.Current current) {
            return http.read(current::etag, () -> content.get(type(), current.id(), caller)).build();
        }
        return atSlug(lookup, uri);
    }

    @POST
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = TypedBodies.OPERATION, value = "create")
    @Operation(summary = "Create an item (contributors: drafts only)")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "409", description = "The explicit slug is taken")
    public Response create(JsonNode body, @Context UriInfo uri) {
        ContentView created = content.create(type(), body, currentUser.require());
        return Created.at(uri, created.id(), created, EntityTags.item(created.id(), created.version()));
    }

    /** A merge patch: the body is checked against the type's own patch model, then merged over the item. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Extension(name = TypedBodies.OPERATION, value = "patch")
    @Operation(summary = "Change an item (JSON Merge Patch; owner or editor)")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "The changed item",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "409", description = "The explicit slug is taken")
    @APIResponse(responseCode = "412", description = "If-Match names an older version; the problem's "
            + "currentVersion (and the ETag header) give the current one. Nothing was written.")
    public Response patch(@PathParam("id") UUID id, JsonNode body,
            @Parameter(description = "ETag the change is based on; * for any") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch) {
        return single(content.patch(type(), id, body, currentUser.require(), EntityTags.parse(ifMatch))).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Operation(summary = "Delete an item with its comments and revisions (owner's draft, or editor)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "If-Match names an older version; nothing was deleted")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = "ETag the deletion is based on; * for any") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch) {
        content.delete(type(), id, currentUser.require(), EntityTags.parse(ifMatch));
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Operation(summary = "An item's revisions, newest first (owner or editor)")
    @APIResponse(responseCode = "200", description = "A page of revisions",
            content = @Content(schema = @Schema(implementation = RevisionPage.class)))
    public Response listRevisions(@PathParam("id") UUID id,
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @QueryParam("size") Integer size,
            @Context UriInfo uri) {
        return PageResponses.ok(revisions.list(type(), id, currentUser.require(), PageParams.of(page, size)), uri)
                .build();
    }

    @GET
    @Path("/{id}/revisions/{revisionId}")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Operation(summary = "One revision with the item's full view as it then was (owner or editor)")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(schema = @Schema(implementation = RevisionView.class)))
    public RevisionView getRevision(@PathParam("id") UUID id, @PathParam("revisionId") UUID revisionId) {
        return revisions.get(type(), id, revisionId, currentUser.require());
    }

    @POST
    @Path("/{id}/revisions/{revisionId}/restore")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Operation(summary = "Restore a revision's title, standfirst, dateline, body and excerpt (not status, "
            + "slug or taxonomy); the restore is a new revision and a new version")
    @APIResponse(responseCode = "200", description = "The item after the restore",
            content = @Content(schema = @Schema(implementation = ContentView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version; nothing was written")
    public Response restoreRevision(@PathParam("id") UUID id, @PathParam("revisionId") UUID revisionId,
            @Parameter(description = "ETag the restore is based on; * for any") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch) {
        return single(content.restore(type(), id, revisionId, currentUser.require(), EntityTags.parse(ifMatch)))
                .build();
    }

    /**
     * An item read with {@code include=} or {@code fields=}: the view as JSON with the included
     * objects added and the fields selected; its tag is a hash of that JSON, since comments and
     * the sidebar change without the item's version.
     */
    private Response expanded(ContentView view, ItemReadParams.Expansion expansion) {
        SurrogateKeys keys = ContentCacheKeys.of(view);
        ObjectNode node = mapper.valueToTree(view);
        itemIncludes.addTo(node, view, expansion.includes(), currentUser.get(), keys);
        if (expansion.selection() != null) {
            Set<String> kept = new LinkedHashSet<>(expansion.selection().names());
            expansion.includes().forEach(included -> kept.add(included.value()));
            node.retain(kept);
        }
        return http.json(node, keys).build();
    }

    /** A list with include=authors: the authors are kept whatever fields= names, looked up once for the page. */
    private Response listWithAuthors(ListPlan plan, boolean full, FieldSelection selection) {
        FieldSelection kept = selection == null ? null : selection.with(List.of("authors"));
        PageView<Object> page = lists.page(plan, full).view();
        List<ObjectNode> data = page.data().stream()
                .map(item -> kept == null ? (ObjectNode) mapper.valueToTree(item) : kept.apply(item, mapper))
                .toList();
        SurrogateKeys keys = SurrogateKeys.of(ContentCacheKeys.list(type()));
        data.forEach(item -> keys.add(ContentCacheKeys.item(type(), UUID.fromString(item.get("id").asText()))));
        itemIncludes.addAuthorsTo(data, keys);
        return http.jsonPage(new PageView<>(data, page.meta()), keys).build();
    }

    private Response atSlug(SlugLookup lookup, UriInfo uri) {
        if (lookup instanceof SlugLookup.Moved moved) {
            URI location = uri.getBaseUriBuilder().path(Api.BASE).path(type().collection()).path("slug")
                    .path(moved.slug()).replaceQuery(uri.getRequestUri().getRawQuery()).build();
            return http.movedPermanently(location, SurrogateKeys.of(ContentCacheKeys.item(type(), moved.id())))
                    .build();
        }
        return http.ok(((SlugLookup.Found) lookup).item()).build();
    }

    private static Response.ResponseBuilder single(ContentView view) {
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.item(view.id(), view.version()));
    }

    /** Schema-only type: a page of revisions, for the OpenAPI document. */
    @Schema(name = "RevisionPage")
    public record RevisionPage(List<RevisionSummaryView> data, PageMeta meta) {
    }

    /** Schema-only type: a page of summaries, for the OpenAPI document. */
    @Schema(name = "ContentPage")
    public record ContentPage(List<ContentSummaryView> data, PageMeta meta) {
    }

}
