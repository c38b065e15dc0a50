package dev.byline.content;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Seo", description = "Search-engine overrides; null fields fall back to title and excerpt.")
public record Seo(
        @Size(max = 300) @Schema(nullable = true) String title,
        @Size(max = 500) @Schema(nullable = true) String description,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") @Schema(nullable = true) String canonicalUrl) {

    public static final Seo EMPTY = new Seo(null, null, null);
}
