package dev.byline.common.scheduling;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void shouldDoubleWithinJitterBoundsWhenAttemptsFail() {
        RandomGenerator random = new SplittableRandom(42);
        for (int failed = 1; failed <= 7; failed++) {
            long exponential = Math.min(MAX.toMillis(), BASE.toMillis() << (failed - 1));
            for (int i = 0; i < 200; i++) {
                long delay = Backoff.after(failed, BASE, MAX, random).toMillis();
                assertTrue(delay >= exponential / 2 && delay <= exponential,
                        "attempt " + failed + ": " + delay + " not in [" + exponential / 2 + ", " + exponential + "]");
            }
        }
    }

    @Test
    void shouldStayAtMaximumWhenAttemptsAreMany() {
        RandomGenerator random = new SplittableRandom(7);
        long delay = Backoff.after(1000, BASE, MAX, random).toMillis();
        assertTrue(delay >= MAX.toMillis() / 2 && delay <= MAX.toMillis(), String.valueOf(delay));
    }

    @Test
    void shouldSpreadRetriesWhenManyFailTogether() {
        RandomGenerator random = new SplittableRandom(1);
        Set<Long> delays = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            delays.add(Backoff.after(3, BASE, MAX, random).toMillis());
        }
        assertTrue(delays.size() > 40, "jitter should spread retries, got " + delays.size() + " distinct delays");
    }
}
