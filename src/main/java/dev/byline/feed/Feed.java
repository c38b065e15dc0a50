package dev.byline.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a feed says, whatever its format: the channel and its newest items, newest first.
 *
 * @param homePageUrl the page the feed is about (the site, or a section's page)
 * @param feedUrl     where the feed itself lives (its self link)
 * @param language    BCP 47 tag, or null
 */
public record Feed(String title, String homePageUrl, String feedUrl, String description, String language,
        List<FeedEntry> items) {

    /** The newest change among the items: the feed's build date; empty for an empty feed. */
    public Optional<Instant> lastChange() {
        return items.stream().map(FeedEntry::updatedAt).max(Comparator.naturalOrder());
    }
}
