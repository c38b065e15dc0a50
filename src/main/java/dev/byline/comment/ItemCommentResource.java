package dev.byline.comment;

import dev.byline.common.security.CurrentUser;
import dev.byline.common.web.Created;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.HttpCaching;
import dev.byline.common.web.PageView;
import dev.byline.content.ContentType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public comments of one article or post; {@code ArticleCommentResource} and
 * {@code PostCommentResource} only name the collection and type. They share their root path
 * with the item resources and add {@code /{id}/comments} below it (a class path holding
 * {@code {id}} would lose the parameter in the generated OpenAPI document).
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public abstract class ItemCommentResource {

    @Inject
    CommentService comments;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientAddresses clients;

    @Inject
    HttpCaching http;

    protected abstract ContentType type();

    @GET
    @Path("/{id}/comments")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "listComments", summary = "List the item's approved comments, oldest first")
    @APIResponse(responseCode = "200", description = "A page of approved comments",
            content = @Content(schema = @Schema(implementation = CommentPage.class)))
    @APIResponse(responseCode = "404", description = "No such item, or it is not published")
    public Response list(@Parameter(description = "The item's id") @PathParam("id") UUID id,
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Comments per page, 1 to 100 (default 20)") @QueryParam("size") Integer size) {
        PageView<CommentView> list = comments.list(type(), id, PageParams.of(page, size), currentUser.get());
        return http.jsonPage(list, CommentCacheKeys.of(type(), id)).build();
    }

    @POST
    @Path("/{id}/comments")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createComment", summary = "Submit a comment (approved at once with an editor token, "
            + "or when the email already has an approved comment; else pending or spam)")
    @APIResponse(responseCode = "201", description = "Accepted, with the status it got; Location is the comment's "
            + "public state, which the poster may read (pending until moderated)",
            headers = @Header(name = "Location", description = "/api/v1/comments/{id}/public",
                    schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PostedCommentView.class)))
    @APIResponse(responseCode = "403", description = "Comments are closed, or the item is not published")
    @APIResponse(responseCode = "404", description = "No such item, or it is not published")
    @APIResponse(responseCode = "429", description = "Too many comments from this client; see Retry-After",
            headers = @Header(name = "Retry-After", description = "Seconds until the client may post again",
                    schema = @Schema(implementation = Integer.class)))
    public Response create(@Parameter(description = "The item's id") @PathParam("id") UUID id,
            @Valid @NotNull CreateCommentRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        PostedCommentView created = comments.submit(type(), id, request, clients.of(http), currentUser.get());
        return Created.atApiPath(uri, created, "comments", created.id().toString(), "public");
    }

    /** Schema-only type: a page of comments. */
    @Schema(name = "CommentPage")
    public record CommentPage(List<CommentView> data, PageMeta meta) {
    }
}
