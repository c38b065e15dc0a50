package dev.byline.common.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps at the API's precision (milliseconds), so what is stored is what is shown. */
public final class Times {

    private Times() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
