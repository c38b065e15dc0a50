package dev.byline.content.list;

import dev.byline.common.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque keyset position: the sort, and the sort value and id of the last item seen.
 * Clients treat it as an opaque string.
 */
public record Cursor(ContentSort sort, String value, UUID id) {

    private static final String SEPARATOR = "\n";

    public String encode() {
        String raw = sort.param() + SEPARATOR + (value == null ? "" : value) + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded, ContentSort expectedSort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int first = raw.indexOf(SEPARATOR);
            int last = raw.lastIndexOf(SEPARATOR);
            if (first < 0 || last == first) {
                throw invalid();
            }
            String[] parts = {raw.substring(0, first), raw.substring(first + 1, last), raw.substring(last + 1)};
            ContentSort sort = sortOf(parts[0]);
            if (sort != expectedSort) {
                throw ApiException.invalid("cursor", "was made for sort=" + sort.param() + "; keep the same sort");
            }
            String value = parts[1].isEmpty() ? null : parts[1];
            if (value != null && sort.isTimestamp()) {
                Instant.parse(value);
            }
            return new Cursor(sort, value, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    public Instant instantValue() {
        return value == null ? null : Instant.parse(value);
    }

    private static ContentSort sortOf(String param) {
        try {
            return ContentSort.of(param);
        } catch (ApiException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor this API made; use meta.nextCursor as given");
    }
}
