package dev.byline.author;

import dev.byline.common.web.CatalogueEntry;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Author", description = "A public byline (not an account).")
public record AuthorView(
        UUID id,
        @Schema(examples = "tahir-khan") String slug,
        @Schema(description = "The author's page on the site", examples = "https://news.example/authors/tahir-khan")
        String url,
        @Schema(examples = "Tahir Khan") String name,
        @Schema(nullable = true, examples = "Reporter, Islamabad.") String bio,
        @Schema(nullable = true) String avatarUrl,
        @Schema(description = "Name to URL", examples = "{\"x\": \"https://x.com/tahirkhan\"}") Map<String, String> links,
        @Schema(description = "Published articles by this author") long articleCount,
        @Schema(description = "Published posts by this author") long postCount) implements CatalogueEntry {
}
