package dev.byline.content.list;

import dev.byline.content.ContentStatus;
import dev.byline.content.ContentType;

import dev.byline.content.index.SearchText;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A resolved list request: filters already turned into ids, visibility already decided.
 *
 * @param statuses     the statuses asked for; null means "public only" (published, date passed)
 * @param ownerOnly    when set, non-public items are limited to this user's own
 * @param sectionIds   the section and its descendants, or null
 * @param tagIds       any of these tags, or null
 * @param authorId     this author, or null
 * @param search       full-text search ({@code q}), or null
 * @param searchConfig the text search configuration to read {@code search} with
 */
public record ContentListQuery(
        ContentType type,
        Set<ContentStatus> statuses,
        UUID ownerOnly,
        Set<UUID> sectionIds,
        Set<UUID> tagIds,
        UUID authorId,
        Instant publishedAfter,
        Instant publishedBefore,
        SearchText search,
        String searchConfig,
        ContentSort sort,
        Instant now) {
}
