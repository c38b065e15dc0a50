package dev.byline.media.storage;

import java.time.Instant;

/** A file in media storage: its key, size in bytes and when it was last written. */
public record StoredFile(String key, long size, Instant lastModified) {
}
