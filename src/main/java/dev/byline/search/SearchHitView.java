package dev.byline.search;

import dev.byline.content.ContentType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One search result. */
@Schema(name = "SearchHit", description = "An article or post that matches a search, best first.")
public record SearchHitView(
        @Schema(examples = "article") ContentType type,
        UUID id,
        @Schema(examples = "russia-asserts-major-regional-role-as-it-offers-to-host-taliban-talks") String slug,
        @Schema(description = "The item's address on the site") String url,
        @Schema(examples = "Russia asserts major regional role as it offers to host Taliban talks") String title,
        @Schema(examples = "Russia has inched towards a bigger role in Afghanistan with its offer to host peace…")
        String excerpt,
        Instant publishedAt,
        @Schema(description = "Relevance from 0 to 1; higher is better (title > standfirst/excerpt > body)",
                examples = "0.378") float rank,
        @Schema(description = "A short fragment of the text, HTML-escaped, with the matches in <mark>…</mark>",
                examples = "…offer to host peace <mark>talks</mark> between the Afghan government and the Taliban…")
        String highlight) {
}
