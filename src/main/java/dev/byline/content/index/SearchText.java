package dev.byline.content.index;

import dev.byline.common.error.ApiException;

/**
 * What a reader typed into a search box, checked: not blank, at most {@value #MAX_LENGTH}
 * characters. PostgreSQL's {@code websearch_to_tsquery} reads it (quoted phrases, {@code or},
 * {@code -word}) and never fails on odd syntax; control characters, which PostgreSQL text
 * cannot always hold, become spaces.
 */
public record SearchText(String value) {

    public static final int MAX_LENGTH = 200;

    /** The {@code q} parameter as given; 400 naming {@code q} when it cannot be a search. */
    public static SearchText of(String q) {
        if (q == null || q.isBlank()) {
            throw ApiException.invalid("q", "must not be blank");
        }
        StringBuilder cleaned = new StringBuilder(q.length());
        q.codePoints().forEach(c -> cleaned.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String text = cleaned.toString().strip();
        if (text.isEmpty()) {
            throw ApiException.invalid("q", "must not be blank");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw ApiException.invalid("q", "must be at most " + MAX_LENGTH + " characters");
        }
        return new SearchText(text);
    }
}
