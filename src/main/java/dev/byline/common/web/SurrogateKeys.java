package dev.byline.common.web;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a public response depends on, for a CDN's purge by key ({@code Surrogate-Key}, and the
 * same in {@code Cache-Tag}): e.g. {@code article:<id> section:world list:articles}. Keys come
 * in order of importance; a header that would grow past {@link #MAX_LENGTH} keeps the leading
 * keys only (a list always leads with its {@code list:<name>} key, which a purge of any of its
 * items also hits).
 */
public final class SurrogateKeys {

    public static final int MAX_LENGTH = 8192;

    private final Set<String> keys = new LinkedHashSet<>();

    public static SurrogateKeys of(String... keys) {
        SurrogateKeys result = new SurrogateKeys();
        for (String key : keys) {
            result.add(key);
        }
        return result;
    }

    public SurrogateKeys add(String key) {
        if (key != null && !key.isBlank()) {
            keys.add(key.replace(' ', '-'));
        }
        return this;
    }

    public SurrogateKeys add(String kind, Object value) {
        return value == null ? this : add(kind + ":" + value);
    }

    public SurrogateKeys addAll(SurrogateKeys other) {
        keys.addAll(other.keys);
        return this;
    }

    public Set<String> keys() {
        return Set.copyOf(keys);
    }

    /** The header value: keys separated by single spaces, at most {@link #MAX_LENGTH} characters. */
    public String header() {
        StringBuilder header = new StringBuilder();
        for (String key : keys) {
            if (header.length() + key.length() + 1 > MAX_LENGTH) {
                break;
            }
            if (!header.isEmpty()) {
                header.append(' ');
            }
            header.append(key);
        }
        return header.toString();
    }
}
