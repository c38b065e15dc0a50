package dev.byline.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One article or post in a feed.
 *
 * @param url         its page on the site: {@code <byline.site.base-url>/<articles|posts>/<slug>}
 * @param excerpt     plain text
 * @param contentHtml the sanitized body HTML
 * @param section     the section's name, or null
 * @param authors     the bylines' names, in order
 * @param tags        the tags' names
 */
public record FeedEntry(UUID id, String url, String title, String excerpt, String contentHtml,
        Instant publishedAt, Instant updatedAt, String section, List<String> authors, List<String> tags) {

    /** A stable id that is not a link, for RSS {@code guid} and JSON Feed {@code id}. */
    public String guid() {
        return "urn:uuid:" + id;
    }
}
