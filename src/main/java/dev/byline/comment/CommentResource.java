package dev.byline.comment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.security.Roles;
import dev.byline.common.web.Api;
import dev.byline.common.web.CommaSeparated;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Comment moderation across all items (editor+). */
@Path(Api.BASE + "/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@Tag(name = "Comments", description = "Reader comments on articles and posts, threads and moderation")
public class CommentResource {

    @Inject
    CommentService comments;

    @GET
    @Operation(operationId = "listCommentsForModeration",
            summary = "The moderation queue: comments of every item, newest first, with emails")
    @APIResponse(responseCode = "200", description = "A page of comments",
            content = @Content(schema = @Schema(implementation = CommentModerationPage.class)))
    public Response list(
            @Parameter(description = "pending, approved, spam or trash; repeat (or comma-separate) for several; "
                    + "all statuses when absent") @QueryParam("status") List<String> status,
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Comments per page, 1 to 100 (default 20)") @QueryParam("size") Integer size,
            @Context UriInfo uri) {
        return PageResponses.ok(comments.moderationList(statuses(status), PageParams.of(page, size)), uri).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getComment", summary = "Get a comment, whatever its status")
    @APIResponse(responseCode = "200", description = "The comment",
            content = @Content(schema = @Schema(implementation = CommentModerationView.class)))
    public CommentModerationView get(@PathParam("id") UUID id) {
        return comments.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateComment", summary = "Moderate a comment: set its status (JSON Merge Patch)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CommentPatch.class)))
    @APIResponse(responseCode = "200", description = "The changed comment",
            content = @Content(schema = @Schema(implementation = CommentModerationView.class)))
    public CommentModerationView patch(@PathParam("id") UUID id, JsonNode body) {
        return comments.patch(id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteComment", summary = "Delete a comment and all its replies")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        comments.delete(id);
    }

    /** Schema-only type: a page of comments for moderators. */
    @Schema(name = "CommentModerationPage")
    public record CommentModerationPage(List<CommentModerationView> data, PageMeta meta) {
    }

    /**
     * {@code status=} repeated or comma-separated; null (all statuses) when absent. An empty piece
     * is refused like any other non-status, so no spelling asks for an empty queue.
     */
    static Set<CommentStatus> statuses(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Set<CommentStatus> statuses = EnumSet.noneOf(CommentStatus.class);
        for (String value : CommaSeparated.parts(values)) {
            try {
                statuses.add(CommentStatus.of(value));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("status", e.getMessage());
            }
        }
        return statuses;
    }
}
