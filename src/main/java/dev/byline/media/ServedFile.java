package dev.byline.media;

/** A stored file to send: its storage key, size, Content-Type and strong ETag. */
public record ServedFile(String key, long size, String mimeType, String etag) {
}
