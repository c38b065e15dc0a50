package dev.byline.cdn;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Purging a CDN in front of the API by surrogate key: {@code byline.cdn.*} (README "Behind a CDN"). */
@StaticInitSafe
@ConfigMapping(prefix = "byline.cdn")
public interface CdnConfig {

    /**
     * Where purges go, one URL per cache node (e.g. {@code http://127.0.0.1:6081/}), each sent a
     * {@code PURGE} with the keys in {@value PurgeClient#KEYS_HEADER}. None (the default): off, and
     * writes record nothing. Every instance of the app must have the same setting.
     */
    @WithName("purge-urls")
    Optional<List<String>> purgeUrls();

    /** A shared secret sent with every purge, for a cache that checks it (the shipped VCL does when set). */
    @WithName("purge-secret")
    Optional<String> purgeSecret();

    /** The header the secret travels in. */
    @WithName("purge-secret-header")
    @WithDefault("X-Purge-Secret")
    String purgeSecretHeader();

    /** Connect timeout, and again the longest wait for an answer, of one purge request. */
    @WithDefault("PT5S")
    Duration timeout();

    /** How often each instance looks for purges to send (they also go right after a write commits). */
    @WithName("poll-interval")
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Wait before retrying a purge a node refused or missed: base * 2^(n-1), at most backoff-max. */
    @WithName("backoff-base")
    @WithDefault("PT1S")
    Duration backoffBase();

    @WithName("backoff-max")
    @WithDefault("PT5M")
    Duration backoffMax();

    /**
     * A purge still failing after this long is dropped (logged): by then the cached copies it
     * was for have expired at the cache anyway, unless the cache keeps them longer than this.
     */
    @WithName("give-up-after")
    @WithDefault("P1D")
    Duration giveUpAfter();
}
