package dev.byline.comment;

import dev.byline.common.web.SurrogateKeys;
import dev.byline.content.ContentCacheKeys;
import dev.byline.content.ContentType;
import java.util.UUID;

/**
 * The surrogate keys of an item's public comment list: {@code comments:<item id>}, which a
 * purger purges on {@code comment.created} / {@code comment.approved} and on moderation, and
 * the item's own key, so a write that hides the item purges its comments too.
 */
public final class CommentCacheKeys {

    private CommentCacheKeys() {
    }

    public static String comments(UUID itemId) {
        return "comments:" + itemId;
    }

    static SurrogateKeys of(ContentType type, UUID itemId) {
        return SurrogateKeys.of(comments(itemId), ContentCacheKeys.item(type, itemId));
    }
}
