package dev.byline.comment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as the public sees it: never the email. */
@Schema(name = "Comment", description = "An approved comment as shown to readers")
public record CommentView(
        UUID id,
        @Schema(nullable = true, description = "The comment this replies to; null at the top level") UUID parentId,
        @Schema(examples = "0", description = "0 at the top level, one more per reply level (at most 5)") int depth,
        @Schema(examples = "Amina") String authorName,
        @Schema(examples = "<p>Thanks for the report.</p>") String bodyHtml,
        Instant createdAt) {

    static CommentView of(Comment comment) {
        return new CommentView(comment.id, comment.parentId, comment.depth, comment.authorName, comment.bodyHtml,
                comment.createdAt);
    }
}
