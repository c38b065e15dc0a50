package dev.byline.content;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.byline.content.Refs.AuthorRef;
import dev.byline.content.Refs.SectionRef;
import dev.byline.content.Refs.TagRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A list item: the full view without {@code bodyMarkdown}, {@code bodyHtml} and {@code seo}. */
@Schema(name = "ContentSummary", description = "List view of an article or post.")
public record ContentSummaryView(
        UUID id,
        ContentType type,
        String slug,
        @Schema(description = "The item's address on the site") String url,
        String title,
        @JsonUnwrapped ArticleFields articleFields,
        String excerpt,
        ContentStatus status,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true) Instant publishAt,
        Instant createdAt,
        Instant updatedAt,
        int version,
        List<AuthorRef> authors,
        @Schema(nullable = true) SectionRef section,
        List<TagRef> tags,
        @Schema(nullable = true) FeaturedImageView featuredImage,
        int wordCount,
        int readingTimeMinutes,
        boolean commentsOpen,
        int commentCount) {
}
