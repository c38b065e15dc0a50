package dev.byline.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /articles/{id}/comments} and {@code POST /posts/{id}/comments}. */
@Schema(name = "CreateCommentRequest", description = "A reader's comment. The body is plain text: line breaks "
        + "and bare http(s) URLs become HTML, everything else is shown as typed.")
public record CreateCommentRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Amina") String authorName,
        @NotBlank @Email @Size(max = 320) @Schema(examples = "amina@example.com",
                description = "Never shown publicly") String authorEmail,
        @NotBlank @Size(max = 5000)
        @Schema(examples = "Thanks for the report.\n\nThe talks were also covered at https://example.com/talks")
        String body,
        @Schema(description = "Id of the comment this replies to, on the same item; replies nest at most 5 deep")
        UUID parentId,
        @Schema(description = "Leave empty. A honeypot for bots: a comment that fills it is marked spam.")
        String website) {
}
