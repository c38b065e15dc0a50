package dev.byline.comment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PATCH /comments/{id}}: what a moderator may change. */
@Schema(name = "CommentPatch")
public record CommentPatch(
        @NotNull @Schema(examples = "approved", description = "pending, approved, spam or trash")
        CommentStatus status) {
}
