package dev.byline.comment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a submission: the public view plus the moderation status it got. No email. */
@Schema(name = "PostedComment", description = "The submitted comment and the status it got")
public record PostedCommentView(
        UUID id,
        @Schema(nullable = true) UUID parentId,
        @Schema(examples = "0") int depth,
        @Schema(examples = "Amina") String authorName,
        @Schema(examples = "<p>Thanks for the report.</p>") String bodyHtml,
        Instant createdAt,
        @Schema(examples = "pending", description = "approved (shown now), pending (awaits moderation) or spam")
        CommentStatus status) {

    static PostedCommentView of(Comment comment) {
        return new PostedCommentView(comment.id, comment.parentId, comment.depth, comment.authorName,
                comment.bodyHtml, comment.createdAt, comment.status);
    }
}
