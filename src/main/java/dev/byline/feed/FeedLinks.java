package dev.byline.feed;

import java.nio.charset.StandardCharsets;

/**
 * Links into the site, from {@code byline.site.base-url}: the home page and the feeds at their
 * paths below the base (items and sections link to their permalinks) (the site is expected to pass {@code /feed.xml},
 * {@code /feed.json} and {@code /sections/{slug}/feed.xml} on to Byline).
 */
final class FeedLinks {

    private final String base;

    FeedLinks(String baseUrl) {
        String trimmed = baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        this.base = trimmed;
    }

    String home() {
        return base + "/";
    }



    /** A path below the base, such as {@code /feed.xml}. */
    String path(String path) {
        return base + path;
    }

    /** Percent-encodes a slug's non-ASCII letters (slugs hold only letters, digits and dashes). */
    static String segment(String slug) {
        StringBuilder out = new StringBuilder();
        for (byte b : slug.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
