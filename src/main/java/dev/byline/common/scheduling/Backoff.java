package dev.byline.common.scheduling;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The one retry policy of background senders (webhook deliveries, CDN purges): wait
 * {@code base * 2^(failed - 1)}, capped at {@code max}, of which a random half is dropped
 * ("equal jitter") so that many sends failing together do not come back together.
 */
public final class Backoff {

    private Backoff() {
    }

    public static Duration after(int failedAttempts, Duration base, Duration max, RandomGenerator random) {
        long baseMillis = Math.max(1, base.toMillis());
        long maxMillis = Math.max(baseMillis, max.toMillis());
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 40);
        long exponential = baseMillis > (maxMillis >> doublings) ? maxMillis : Math.min(maxMillis, baseMillis << doublings);
        long half = exponential / 2;
        return Duration.ofMillis(exponential - half + random.nextLong(half + 1));
    }
}
