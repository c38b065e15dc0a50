package dev.byline.cdn;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The purge URLs of {@code byline.cdn.purge-urls}, checked once at start. */
record PurgeTargets(List<URI> urls) {

    static PurgeTargets of(Optional<List<String>> configured) {
        List<URI> urls = configured.orElse(List.of()).stream()
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(PurgeTargets::parse)
                .toList();
        return new PurgeTargets(urls);
    }

    boolean enabled() {
        return !urls.isEmpty();
    }

    /** For logs: scheme, host, port and path, never user info or a query (either may hold a secret). */
    static String describe(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("byline.cdn.purge-urls: not a URL: " + e.getMessage());
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalStateException("byline.cdn.purge-urls: each entry must be an http(s) URL of a cache "
                    + "node, e.g. http://127.0.0.1:6081/");
        }
        return uri;
    }
}
