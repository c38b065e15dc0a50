package dev.byline.comment;

import dev.byline.common.web.Api;
import dev.byline.common.web.HttpCaching;
import dev.byline.common.web.SurrogateKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A reader's own comment (API.md §12), where the {@code Location} of a new comment points. Its
 * own class: the moderation resource beside it is editor-only as a whole.
 */
@Path(Api.BASE + "/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class PublicCommentResource {

    /** A reader polls their comment's status: caches may keep it but must ask each time. */
    static final String REVALIDATE = "no-cache";

    @Inject
    CommentService comments;

    @Inject
    HttpCaching http;

    @GET
    @Path("/{id}/public")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getPublicComment", summary = "A comment as the reader who posted it may follow it",
            description = "Where the Location of a new comment points: approved and pending comments of a public "
                    + "item, with their status and never the email. Spam, trash and comments of hidden items are 404. "
                    + "Caches must revalidate (the status changes on moderation).")
    @APIResponse(responseCode = "200", description = "The comment and its status",
            content = @Content(schema = @Schema(implementation = PostedCommentView.class)))
    @APIResponse(responseCode = "404", description = "No such comment, or it is spam, trash or on a hidden item")
    public Response getPublic(@Parameter(description = "The comment's id") @PathParam("id") UUID id) {
        return http.json(comments.publicView(id), SurrogateKeys.of("comment:" + id))
                .header(HttpHeaders.CACHE_CONTROL, null)
                .header(HttpHeaders.CACHE_CONTROL, REVALIDATE)
                .build();
    }
}
