package dev.byline.media;

import java.util.List;
import java.util.UUID;

/** What content shows of a media item it embeds: where it is, its text, size and responsive candidates. */
public record EmbeddedMedia(UUID id, String url, String alt, String caption, String credit, int width, int height,
        List<SrcsetEntry> srcset) {
}
