package dev.byline.media;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What media needs to know about the content that shows it. Declared here, implemented by
 * the content feature, so media never reaches into content's tables or classes.
 */
public interface MediaUsers {

    /** The content items that show the media item (featured image or body), newest first. */
    List<MediaUser> usersOf(UUID mediaId);

    /** Whether a published item (as anonymous readers see it at {@code now}) shows it. */
    boolean isUsedByPublished(UUID mediaId, Instant now);

    /**
     * The media item's alt, caption or credit changed: content that shows it shows the change,
     * so its version (and ETag) must move too.
     */
    void mediaChanged(UUID mediaId);
}
