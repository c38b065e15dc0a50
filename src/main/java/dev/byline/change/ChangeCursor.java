package dev.byline.change;

import dev.byline.common.error.ApiException;

/** The feed's cursor: the decimal seq of the last change a client has seen ({@code 0}: none). */
final class ChangeCursor {

    private ChangeCursor() {
    }

    /** 0 when absent; 400 unless a plain non-negative decimal number. */
    static long parse(String cursor) {
        if (cursor == null) {
            return 0;
        }
        if (cursor.isEmpty() || cursor.length() > 18 || !cursor.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiException.invalid("since", "must be a cursor from meta.nextCursor of this feed");
        }
        return Long.parseLong(cursor);
    }

    static String format(long seq) {
        return Long.toString(seq);
    }
}
