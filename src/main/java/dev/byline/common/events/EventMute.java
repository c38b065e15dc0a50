package dev.byline.common.events;

import java.util.function.Supplier;

/**
 * Lets a bulk writer (an import) change content without notifying integrators: while muted on
 * the current thread, observers that notify (the webhook outbox) let domain events pass. The
 * change feed is not affected: it is recorded by the database, not by events.
 */
public final class EventMute {

    private static final ThreadLocal<Boolean> MUTED = ThreadLocal.withInitial(() -> false);

    private EventMute() {
    }

    public static boolean isMuted() {
        return MUTED.get();
    }

    public static <T> T muted(boolean mute, Supplier<T> work) {
        if (!mute) {
            return work.get();
        }
        boolean before = MUTED.get();
        MUTED.set(true);
        try {
            return work.get();
        } finally {
            MUTED.set(before);
        }
    }
}
