package dev.byline.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Settings of imports (API.md §13): {@code byline.imports.*}. */
@ConfigMapping(prefix = "byline.imports")
public interface ImportsConfig {

    /** Largest file accepted by POST /imports, in bytes (512 MiB). */
    @WithName("max-bytes")
    @WithDefault("536870912")
    long maxBytes();

    /** How often each instance looks for a queued job, or one whose runner died. */
    @WithDefault("1s")
    Duration every();

    /** A running job whose runner has not committed an item for this long is taken over. */
    @WithDefault("PT1M")
    Duration lease();

    /** How long the uploaded file of a finished job is kept (for a look at what was sent). */
    @WithName("keep-files")
    @WithDefault("P1D")
    Duration keepFiles();
}
