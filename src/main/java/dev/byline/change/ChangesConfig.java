package dev.byline.change;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the change feed (API.md §14): {@code byline.changes.*}. */
@ConfigMapping(prefix = "byline.changes")
public interface ChangesConfig {

    /**
     * How long changes are kept. A client whose cursor is older gets 410 and must re-sync (read
     * everything, then poll from the cursor it got before it started).
     */
    @WithDefault("P30D")
    Duration retention();

    /**
     * How often each instance numbers committed changes in the background (reads also do it before
     * they answer, so a poller never waits for this).
     */
    @WithDefault("2s")
    Duration every();
}
