package dev.byline.resolve;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What lives at a path of the site (API.md §12). */
@Schema(name = "Resolved")
public record ResolvedView(
        @Schema(enumeration = {"article", "post", "section", "tag", "author"}) String kind,
        UUID id,
        String slug,
        @Schema(examples = "https://news.example.com/articles/taliban-talks", description = "The current permalink")
        String url,
        @Schema(description = "True when the path is an old one: send a 301 to url") boolean redirect) {
}
