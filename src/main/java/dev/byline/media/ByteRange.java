package dev.byline.media;

import dev.byline.common.error.ApiException;
import dev.byline.common.error.ProblemType;

/**
 * One byte range of a {@code Range: bytes=…} header (RFC 9110 §14): {@code a-b}, {@code a-} or
 * {@code -n}. Several ranges, other units or a malformed header are answered with the whole
 * file, as the RFC allows; a range wholly past the end is 416.
 */
record ByteRange(long first, long last) {

    static final ByteRange WHOLE = new ByteRange(-1, -1);

    boolean isWhole() {
        return first < 0;
    }

    long length() {
        return last - first + 1;
    }

    /** The range to send; {@link #WHOLE} when the header asks for none we serve; null when unsatisfiable. */
    static ByteRange parse(String header, long size) {
        if (header == null || !header.strip().startsWith("bytes=")) {
            return WHOLE;
        }
        String spec = header.strip().substring("bytes=".length()).strip();
        if (spec.contains(",")) {
            return WHOLE;
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return WHOLE;
        }
        try {
            String from = spec.substring(0, dash).strip();
            String to = spec.substring(dash + 1).strip();
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                if (suffix <= 0) {
                    return size == 0 ? WHOLE : null;
                }
                return new ByteRange(Math.max(0, size - suffix), size - 1);
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
            if (first < 0 || (!to.isEmpty() && Long.parseLong(to) < first)) {
                return WHOLE;
            }
            return first >= size ? null : new ByteRange(first, last);
        } catch (NumberFormatException e) {
            return WHOLE;
        }
    }

    static ApiException unsatisfiable(long size) {
        return new ApiException(ProblemType.RANGE_NOT_SATISFIABLE, "The range lies outside the file, which has "
                + size + " bytes").withHeader("Content-Range", "bytes */" + size);
    }
}
