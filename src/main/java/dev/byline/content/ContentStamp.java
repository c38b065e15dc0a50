package dev.byline.content;

import dev.byline.common.web.EntityTags;
import java.time.Instant;
import java.util.UUID;

/**
 * The few columns that decide who may see an item and whether a client's copy is current: one
 * cheap query answers a conditional GET or an old-slug redirect without loading the item.
 */
public record ContentStamp(UUID id, ContentType type, String slug, int version, ContentStatus status,
        Instant publishedAt, UUID createdBy) {

    public boolean isPublic(Instant now) {
        return status == ContentStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    public String etag() {
        return EntityTags.item(id, version);
    }
}
