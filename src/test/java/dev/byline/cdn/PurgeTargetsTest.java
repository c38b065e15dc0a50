package dev.byline.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.common.scheduling.Backoff;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PurgeTargetsTest {

    @Test
    void shouldBeOffWhenNoUrlIsSet() {
        assertFalse(PurgeTargets.of(Optional.empty()).enabled());
        assertFalse(PurgeTargets.of(Optional.of(List.of(" "))).enabled());
    }

    @Test
    void shouldTakeEachHttpUrlWhenSet() {
        PurgeTargets targets = PurgeTargets.of(Optional.of(List.of("http://127.0.0.1:6081/", " https://cdn.example/ ")));
        assertTrue(targets.enabled());
        assertEquals(List.of(URI.create("http://127.0.0.1:6081/"), URI.create("https://cdn.example/")), targets.urls());
    }

    @Test
    void shouldRefuseToStartWhenAnEntryIsNoHttpUrl() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> PurgeTargets.of(Optional.of(List.of("varnish:6081"))));
        assertTrue(refused.getMessage().contains("byline.cdn.purge-urls"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> PurgeTargets.of(Optional.of(List.of("/relative"))));
    }

    @Test
    void shouldLeaveUserInfoAndQueryOutWhenDescribingATargetForTheLog() {
        assertEquals("http://cache.internal:6081/purge",
                PurgeTargets.describe(URI.create("http://user:s3cret@cache.internal:6081/purge?token=s3cret")));
    }

    @Test
    void shouldDoubleTheWaitUpToTheMaximumWithJitterWhenAttemptsFail() {
        Duration base = Duration.ofSeconds(1);
        Duration max = Duration.ofMinutes(5);
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        for (int failed = 1; failed <= 20; failed++) {
            long full = Math.min(max.toMillis(), base.toMillis() << Math.min(failed - 1, 30));
            long wait = Backoff.after(failed, base, max, random).toMillis();
            assertTrue(wait >= full / 2 && wait <= full, failed + ": " + wait + " not within half of " + full);
        }
    }
}
