package dev.byline.taxonomy;

import dev.byline.common.web.CatalogueEntry;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tag")
public record TagView(
        UUID id,
        @Schema(examples = "afghanistan") String slug,
        @Schema(description = "The tag's page on the site", examples = "https://news.example/tags/afghanistan")
        String url,
        @Schema(examples = "Afghanistan") String name,
        @Schema(nullable = true) String description,
        @Schema(description = "Published articles with this tag") long articleCount,
        @Schema(description = "Published posts with this tag") long postCount) implements CatalogueEntry {
}
