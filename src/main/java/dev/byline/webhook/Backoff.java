package dev.byline.webhook;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Wait before the next attempt: {@code base * 2^(failed - 1)}, capped at {@code max}, of which
 * a random half is dropped ("equal jitter") so that many deliveries failing together do not
 * come back together.
 */
final class Backoff {

    private Backoff() {
    }

    static Duration after(int failedAttempts, Duration base, Duration max, RandomGenerator random) {
        long baseMillis = Math.max(1, base.toMillis());
        long maxMillis = Math.max(baseMillis, max.toMillis());
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 40);
        long exponential = baseMillis > (maxMillis >> doublings) ? maxMillis : Math.min(maxMillis, baseMillis << doublings);
        long half = exponential / 2;
        return Duration.ofMillis(exponential - half + random.nextLong(half + 1));
    }
}
