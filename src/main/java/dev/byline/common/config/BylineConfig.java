package dev.byline.common.config;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Byline's own settings: {@code byline.*} in application.properties, {@code BYLINE_*} in the environment. */
@StaticInitSafe
@ConfigMapping(prefix = "byline")
public interface BylineConfig {

    /** Token of the bootstrap admin created on first start; generated and logged once when unset. */
    @WithName("admin-token")
    Optional<String> adminToken();

    Http http();

    Cors cors();

    interface Http {
        /** Largest accepted request body, in bytes (1 MiB). */
        @WithName("max-body-bytes")
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    interface Cors {
        /**
         * Origins allowed to call every method. Any other origin may only read (GET, HEAD).
         * Empty by default; {@code *} allows writes from anywhere.
         */
        Optional<List<String>> origins();

        @WithName("max-age")
        @WithDefault("PT10M")
        Duration maxAge();
    }
}
