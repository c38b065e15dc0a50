package dev.byline.resolve;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What lives at a path of the site. */
@Schema(name = "Resolved", description = "What lives at a path of the site, and whether the path is its current one")
public record ResolvedView(
        @Schema(description = "article, post, section, tag or author", examples = "article") String kind,
        UUID id,
        @Schema(examples = "russia-asserts-major-regional-role-as-it-offers-to-host-taliban-talks") String slug,
        @Schema(description = "The current permalink",
                examples = "https://news.example/articles/russia-asserts-major-regional-role-as-it-offers-to-host-taliban-talks")
        String url,
        @Schema(description = "True when the path is an old address: answer it with a 301 to url") boolean redirect) {
}
