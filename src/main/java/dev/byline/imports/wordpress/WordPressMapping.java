package dev.byline.imports.wordpress;

import dev.byline.comment.CommentStatus;
import dev.byline.common.persistence.Slugs;
import dev.byline.resolve.SitePaths;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How WordPress values become Byline values (README: "WordPress import"). */
public final class WordPressMapping {

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WordPressMapping() {
    }

    /** A WordPress slug (percent-encoded for non-Latin text) as a Byline slug; empty when none fits. */
    public static Optional<String> slug(String wordpressSlug) {
        if (wordpressSlug == null || wordpressSlug.isBlank()) {
            return Optional.empty();
        }
        String decoded = decode(wordpressSlug).strip().toLowerCase(Locale.ROOT);
        if (Slugs.isValid(decoded)) {
            return Optional.of(decoded);
        }
        String derived = Slugs.fromTitle(decoded);
        return derived.isEmpty() ? Optional.empty() : Optional.of(derived);
    }

    /** {@code post_date_gmt}; empty for WordPress's "no date" ({@code 0000-00-00 00:00:00}) and junk. */
    public static Optional<Instant> gmt(String value) {
        if (value == null || value.isBlank() || value.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip(), WP_DATE).toInstant(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The path of a pretty permalink ({@code /2025/03/old-slug}), decoded, no trailing slash; empty for {@code ?p=N}. */
    public static Optional<String> permalinkPath(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(link.strip());
            if (uri.getRawQuery() != null) {
                return Optional.empty();
            }
            return oldPath(uri.getRawPath());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A site path as stored and looked up (see {@link SitePaths}). */
    public static Optional<String> oldPath(String rawPath) {
        return SitePaths.normalize(rawPath);
    }

    /** {@code comment_approved}: 1, 0, spam, trash; anything else (post-trashed) is not imported. */
    public static Optional<CommentStatus> commentStatus(String approved) {
        return switch (approved == null ? "" : approved.strip()) {
            case "1" -> Optional.of(CommentStatus.APPROVED);
            case "0" -> Optional.of(CommentStatus.PENDING);
            case "spam" -> Optional.of(CommentStatus.SPAM);
            case "trash" -> Optional.of(CommentStatus.TRASH);
            default -> Optional.empty();
        };
    }

    public static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).strip();
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
