package dev.byline.cdn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Keys joined by single spaces into header values of at most {@link #MAX_LENGTH} characters,
 * below what caches accept in one request header (Varnish: 8 KB by default).
 */
final class PurgeBatches {

    static final int MAX_LENGTH = 4000;

    private PurgeBatches() {
    }

    static List<String> headers(Collection<String> keys) {
        List<String> headers = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String key : keys) {
            if (key.length() > MAX_LENGTH) {
                continue; // no response sends such a key (SurrogateKeys caps its whole header)
            }
            if (!current.isEmpty() && current.length() + 1 + key.length() > MAX_LENGTH) {
                headers.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(key);
        }
        if (!current.isEmpty()) {
            headers.add(current.toString());
        }
        return headers;
    }
}
