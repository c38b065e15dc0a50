package dev.byline.content;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lead image as written: an uploaded media item (with optional text overrides) or an external URL. */
@Schema(name = "FeaturedImage", description = "The lead image of an item: either mediaId (an uploaded image; alt, "
        + "caption and credit override its own) or url (an external image), not both.")
public record FeaturedImage(
        @Schema(description = "An uploaded media item", examples = "0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a")
        UUID mediaId,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        @Schema(examples = "https://cdn.example.com/2026/11/talks.jpg") String url,
        @Size(max = 300) @Schema(examples = "Delegates at the Moscow talks") String alt,
        @Size(max = 500) String caption,
        @Size(max = 200) @Schema(examples = "Reuters") String credit) {
}
