package dev.byline.comment;

import dev.byline.content.ContentType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as moderators (and webhooks) see it: with the email, the source text and the item. */
@Schema(name = "CommentModeration", description = "A comment with everything a moderator needs")
public record CommentModerationView(
        UUID id,
        ItemRef item,
        @Schema(nullable = true) UUID parentId,
        @Schema(examples = "0") int depth,
        @Schema(examples = "Amina") String authorName,
        @Schema(examples = "amina@example.com") String authorEmail,
        @Schema(description = "The plain text as submitted") String body,
        String bodyHtml,
        @Schema(examples = "pending") CommentStatus status,
        Instant createdAt,
        Instant updatedAt) {

    /** The article or post a comment belongs to. */
    @Schema(name = "CommentItem")
    public record ItemRef(
            @Schema(examples = "article") ContentType type,
            UUID id,
            @Schema(examples = "Russia asserts major regional role as it offers to host Taliban talks") String title,
            String slug) {
    }

    static CommentModerationView of(CommentRepository.WithItem row) {
        Comment c = row.comment();
        return new CommentModerationView(c.id, new ItemRef(row.type(), c.contentId, row.title(), row.slug()),
                c.parentId, c.depth, c.authorName, c.authorEmail, c.body, c.bodyHtml, c.status, c.createdAt,
                c.updatedAt);
    }
}
