package dev.byline.resolve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Paths on the site as stored and compared: percent-decoded, one leading slash, no trailing slash. */
public final class SitePaths {

    public static final int MAX_LENGTH = 2000;

    private SitePaths() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String path = raw;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        int fragment = path.indexOf('#');
        if (fragment >= 0) {
            path = path.substring(0, fragment);
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty() || path.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(path.startsWith("/") ? path : "/" + path);
    }
}
