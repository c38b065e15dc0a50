package dev.byline.taxonomy;

import dev.byline.common.persistence.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionRequest")
public record SectionRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Asia") String name,
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN)
        @Schema(description = "Derived from the name when absent", examples = "asia") String slug,
        @Size(max = 5000) String description,
        @Schema(description = "Id of the parent section") UUID parentId) {
}
