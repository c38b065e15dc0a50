package dev.byline.media;

/** The answer to an upload: the media item, and whether it is new (201) or the same bytes again (200). */
public record Uploaded(MediaView media, boolean created) {
}
