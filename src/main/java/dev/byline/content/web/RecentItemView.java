package dev.byline.content.web;

import dev.byline.content.ContentType;

import dev.byline.content.Refs.SectionRef;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the "Recent posts" sidebar. */
@Schema(name = "RecentItem")
public record RecentItemView(
        ContentType type,
        UUID id,
        String slug,
        @Schema(description = "The item's address on the site") String url,
        String title,
        String excerpt,
        @Schema(nullable = true) SectionRef section,
        Instant publishedAt) {
}
