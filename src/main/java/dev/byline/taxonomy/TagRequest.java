package dev.byline.taxonomy;

import dev.byline.common.persistence.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagRequest")
public record TagRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Afghanistan") String name,
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN)
        @Schema(description = "Derived from the name when absent") String slug,
        @Size(max = 5000) String description) {
}
