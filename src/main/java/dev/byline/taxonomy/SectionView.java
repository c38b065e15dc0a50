package dev.byline.taxonomy;

import dev.byline.common.web.CatalogueEntry;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Section", description = "A section of the site; sections form a tree through parentId.")
public record SectionView(
        UUID id,
        @Schema(examples = "world") String slug,
        @Schema(description = "The section's page on the site", examples = "https://news.example/sections/world")
        String url,
        @Schema(examples = "World") String name,
        @Schema(nullable = true) String description,
        @Schema(nullable = true, description = "The parent section, null at the top") UUID parentId,
        @Schema(description = "Published articles in this section") long articleCount,
        @Schema(description = "Published posts in this section") long postCount) implements CatalogueEntry {
}
