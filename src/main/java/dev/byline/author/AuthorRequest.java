package dev.byline.author;

import dev.byline.common.persistence.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorRequest")
public record AuthorRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Tahir Khan") String name,
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN)
        @Schema(description = "Derived from the name when absent") String slug,
        @Size(max = 5000) String bio,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String avatarUrl,
        @Size(max = 20) Map<@NotBlank @Size(max = 50) String,
                @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
                String> links) {
}
