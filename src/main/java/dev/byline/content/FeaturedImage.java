package dev.byline.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeaturedImage", description = "The lead image of an item.")
public record FeaturedImage(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        @Schema(examples = "https://cdn.example.com/2026/11/talks.jpg") String url,
        @Size(max = 300) @Schema(examples = "Delegates at the Moscow talks") String alt,
        @Size(max = 500) String caption,
        @Size(max = 200) @Schema(examples = "Reuters") String credit) {
}
