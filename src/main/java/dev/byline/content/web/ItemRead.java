package dev.byline.content.web;

import dev.byline.content.ContentView;

import java.util.UUID;

/** The outcome of reading one item: the item, "your copy is current", or "it moved to another slug". */
public sealed interface ItemRead {

    record Found(ContentView view) implements ItemRead {
    }

    record NotModified(String etag) implements ItemRead {
    }

    /** The slug asked for is an old slug of this item, which now lives at {@code slug}. */
    record Moved(UUID id, String slug) implements ItemRead {
    }
}
