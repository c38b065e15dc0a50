package dev.byline.common.web;

import dev.byline.common.config.BylineConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public address of every page of the site (API.md §12): {@code byline.site.base-url}
 * plus a pattern per kind ({@code byline.site.permalinks.*}), and the way back from a path to
 * the kind and slug that live there.
 */
@ApplicationScoped
public class Permalinks {

    /** {@code {section}} of an item without a section, as WordPress writes it. */
    public static final String NO_SECTION = "uncategorized";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final List<String> ITEM_PLACEHOLDERS = List.of("slug", "yyyy", "mm", "dd", "section");

    /** The kinds of page, in the order paths are matched against their patterns. */
    public enum Kind {
        ARTICLE("article"), POST("post"), SECTION("section"), TAG("tag"), AUTHOR("author");

        private final String value;

        Kind(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** What a path names: the kind and the slug. */
    public record Target(Kind kind, String slug) {
    }

    @Inject
    BylineConfig config;

    void checkPatterns(@Observes StartupEvent event) {
        for (Kind kind : Kind.values()) {
            String pattern = pattern(kind);
            if (!pattern.startsWith("/") || !pattern.contains("{slug}")) {
                throw new IllegalStateException("byline.site.permalinks." + kind.value()
                        + " must start with / and contain {slug}: " + pattern);
            }
            Matcher placeholders = PLACEHOLDER.matcher(pattern);
            while (placeholders.find()) {
                boolean item = kind == Kind.ARTICLE || kind == Kind.POST;
                String name = placeholders.group(1);
                if (item ? !ITEM_PLACEHOLDERS.contains(name) : !name.equals("slug")) {
                    throw new IllegalStateException("byline.site.permalinks." + kind.value()
                            + " uses {" + name + "}, which it cannot: " + pattern);
                }
            }
        }
    }

    /** An article's or post's address; {@code date} is its publication date (or, before, its creation). */
    public String item(boolean article, String slug, Instant date, String sectionSlug) {
        ZonedDateTime day = date.atZone(ZoneOffset.UTC);
        String path = pattern(article ? Kind.ARTICLE : Kind.POST)
                .replace("{yyyy}", String.format("%04d", day.getYear()))
                .replace("{mm}", String.format("%02d", day.getMonthValue()))
                .replace("{dd}", String.format("%02d", day.getDayOfMonth()))
                .replace("{section}", segment(sectionSlug == null ? NO_SECTION : sectionSlug))
                .replace("{slug}", segment(slug));
        return base() + path;
    }

    public String section(String slug) {
        return base() + pattern(Kind.SECTION).replace("{slug}", segment(slug));
    }

    public String tag(String slug) {
        return base() + pattern(Kind.TAG).replace("{slug}", segment(slug));
    }

    public String author(String slug) {
        return base() + pattern(Kind.AUTHOR).replace("{slug}", segment(slug));
    }

    /**
     * The kinds whose pattern this path fits, with the slug it names; a path may fit several
     * (e.g. {@code /{slug}} for posts and pages), the caller tries them in order.
     */
    public List<Target> parse(String path) {
        return Arrays.stream(Kind.values())
                .map(kind -> match(kind, path))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * A path or URL of the site as {@link #parse} reads it: without the base URL, or without the
     * base URL's own path when the site lives below one (e.g. {@code https://example.org/news}).
     */
    public String relative(String pathOrUrl) {
        String base = base();
        if (pathOrUrl.startsWith(base + "/")) {
            return pathOrUrl.substring(base.length());
        }
        String basePath = java.net.URI.create(base + "/").getRawPath();
        basePath = basePath.substring(0, basePath.length() - 1);
        return !basePath.isEmpty() && pathOrUrl.startsWith(basePath + "/") ? pathOrUrl.substring(basePath.length())
                : pathOrUrl;
    }

    /** The path of a URL made by this class (what {@link #parse} reads back). */
    public String pathOf(String url) {
        return url.substring(base().length());
    }

    private Optional<Target> match(Kind kind, String path) {
        Matcher placeholders = PLACEHOLDER.matcher(pattern(kind));
        StringBuilder regex = new StringBuilder("^");
        int last = 0;
        String pattern = pattern(kind);
        while (placeholders.find()) {
            regex.append(Pattern.quote(pattern.substring(last, placeholders.start())));
            String name = placeholders.group(1);
            regex.append(switch (name) {
                case "slug" -> "(?<slug>[^/]+)";
                case "yyyy" -> "\\d{4}";
                case "mm", "dd" -> "\\d{2}";
                default -> "[^/]+";
            });
            last = placeholders.end();
        }
        regex.append(Pattern.quote(pattern.substring(last))).append("/?$");
        Matcher matcher = Pattern.compile(regex.toString()).matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return decode(matcher.group("slug")).map(slug -> new Target(kind, slug));
    }

    /** The path with each segment decoded and encoded again as permalinks are (for comparing paths). */
    public static String encodePath(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(part -> decode(part).map(Permalinks::segment).orElse(part))
                .collect(java.util.stream.Collectors.joining("/"));
    }

    private static Optional<String> decode(String segment) {
        try {
            return Optional.of(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String pattern(Kind kind) {
        BylineConfig.Permalinks patterns = config.site().permalinks();
        return switch (kind) {
            case ARTICLE -> patterns.article();
            case POST -> patterns.post();
            case SECTION -> patterns.section();
            case TAG -> patterns.tag();
            case AUTHOR -> patterns.author();
        };
    }

    /**
     * A path on the site, below {@code byline.site.base-url}: {@code "/"} is the home page,
     * {@code "/feed.xml"} the feed the site is expected to pass on to Byline.
     */
    public String onSite(String path) {
        return base() + path;
    }

    private String base() {
        String base = config.site().baseUrl().strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    /** Percent-encodes a slug's non-ASCII letters (slugs hold only letters, digits and dashes). */
    public static String segment(String slug) {
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
