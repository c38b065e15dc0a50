package dev.byline.content;

import dev.byline.common.web.SurrogateKeys;
import dev.byline.media.MediaEmbeds;
import java.util.UUID;

/**
 * The surrogate keys of content responses (API.md §9): {@code article:<id>} / {@code post:<id>}
 * for an item, {@code section:<slug>}, {@code author:<slug>}, {@code tag:<slug>} for what it
 * shows of them, and {@code list:articles}, {@code list:posts}, {@code list:recent} for lists.
 * A CDN purger purges, on a content write, the item's key, its collection's list key,
 * {@code list:recent}, and the keys of its section, authors and tags (before and after).
 */
public final class ContentCacheKeys {

    private ContentCacheKeys() {
    }

    public static String item(ContentType type, UUID id) {
        return type.value() + ":" + id;
    }

    public static String list(ContentType type) {
        return "list:" + type.collection();
    }

    public static final String RECENT = "list:recent";

    public static SurrogateKeys of(ContentView view) {
        SurrogateKeys keys = SurrogateKeys.of(item(view.type(), view.id()));
        if (view.section() != null) {
            keys.add("section", view.section().slug());
        }
        view.authors().forEach(author -> keys.add("author", author.slug()));
        view.tags().forEach(tag -> keys.add("tag", tag.slug()));
        if (view.featuredImage() != null) {
            keys.add("media", view.featuredImage().mediaId());
        }
        MediaEmbeds.linkedIds(view.bodyHtml()).forEach(id -> keys.add("media", id));
        return keys;
    }

    /** Adds what one listed item depends on. */
    public static void addItem(SurrogateKeys keys, ContentItem item, boolean withCollections) {
        keys.add(item(item.type, item.id));
        if (item.section != null) {
            keys.add("section", item.section.slug);
        }
        if (withCollections) {
            item.authors.forEach(author -> keys.add("author", author.slug));
            item.tags.forEach(tag -> keys.add("tag", tag.slug));
        }
        if (item.featuredMedia != null) {
            keys.add("media", item.featuredMedia.id);
        }
    }
}
