package dev.byline.content;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.byline.content.Refs.AuthorRef;
import dev.byline.content.Refs.SectionRef;
import dev.byline.content.Refs.TagRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The full view of an article or a post. Posts lack {@code standfirst} and {@code dateline}. */
@Schema(name = "Content", description = "Full view of an article or post (posts have no standfirst or dateline).")
public record ContentView(
        UUID id,
        @Schema(examples = "article") ContentType type,
        @Schema(examples = "russia-asserts-major-regional-role-as-it-offers-to-host-taliban-talks") String slug,
        @Schema(description = "The item's address on the site (byline.site.base-url plus its permalink pattern); "
                + "frontends use it for canonical and share links when seo.canonicalUrl is null",
                examples = "https://news.example/articles/russia-asserts-major-regional-role-as-it-offers-to-host-taliban-talks")
        String url,
        @Schema(examples = "Russia asserts major regional role as it offers to host Taliban talks") String title,
        @JsonUnwrapped ArticleFields articleFields,
        @Schema(nullable = true, description = "The Markdown source; null when the body was given as HTML") String bodyMarkdown,
        @Schema(description = "Sanitized HTML of the body") String bodyHtml,
        @Schema(examples = "Russia has inched towards a bigger role in Afghanistan with its offer to host peace…")
        String excerpt,
        ContentStatus status,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true) Instant publishAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "3") int version,
        List<AuthorRef> authors,
        @Schema(nullable = true) SectionRef section,
        List<TagRef> tags,
        @Schema(nullable = true) FeaturedImageView featuredImage,
        Seo seo,
        @Schema(examples = "812") int wordCount,
        @Schema(examples = "4") int readingTimeMinutes,
        boolean commentsOpen,
        @Schema(description = "Approved comments") int commentCount) {
}
