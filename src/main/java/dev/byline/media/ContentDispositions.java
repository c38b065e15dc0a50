package dev.byline.media;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The file name of a {@code Content-Disposition} header ({@code filename*} of RFC 6266 preferred). */
final class ContentDispositions {

    private ContentDispositions() {
    }

    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        String plain = null;
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = part.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            if (name.equals("filename*")) {
                int quote = value.indexOf("''");
                if (quote >= 0) {
                    try {
                        return URLDecoder.decode(value.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        // A malformed extended value: fall back to the plain one.
                    }
                }
            } else if (name.equals("filename")) {
                plain = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1).replace("\\\"", "\"") : value;
            }
        }
        return plain == null || plain.isBlank() ? null : plain;
    }
}
