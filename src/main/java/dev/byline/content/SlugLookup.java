package dev.byline.content;

import dev.byline.common.web.Versioned;
import java.util.UUID;

/** What lives at a slug: the item (or just its version stamp), or the item it moved with. */
public sealed interface SlugLookup {

    record Found(Versioned<ContentView> item) implements SlugLookup {
    }

    /** The item's id and version stamp, for a conditional read that loads it only when needed. */
    record Current(UUID id, String etag) implements SlugLookup {
    }

    /** The slug asked for is an old slug of this item, which now lives at {@code slug}. */
    record Moved(UUID id, String slug) implements SlugLookup {
    }
}
