package dev.byline.common.config;

import dev.byline.common.database.DatabaseSettings;
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

    Site site();

    Content content();

    Search search();

    Demo demo();

    Database database();

    Debug debug();

    /**
     * Take the client's address from the first {@code X-Forwarded-For} entry instead of the
     * connection (only behind a proxy that sets the header; clients can forge it otherwise).
     */
    @WithName("trust-forwarded-for")
    @WithDefault("false")
    boolean trustForwardedFor();

    Comments comments();

    interface Comments {
        /** Comments one client may submit per window; 0 turns the limit off. */
        @WithName("rate-limit")
        @WithDefault("5")
        int rateLimit();

        /** The rate limit's window, counted from the client's first submission in it. */
        @WithName("rate-limit-window")
        @WithDefault("PT1M")
        Duration rateLimitWindow();
    }

    Cache cache();

    Scheduler scheduler();

    Webhooks webhooks();

    interface Cache {
        /** Cache-Control max-age of public content reads. */
        @WithName("max-age")
        @WithDefault("60s")
        Duration maxAge();

        /** Cache-Control stale-while-revalidate of public content reads. */
        @WithName("stale-while-revalidate")
        @WithDefault("300s")
        Duration staleWhileRevalidate();
    }

    interface Scheduler {
        /**
         * How often each instance looks for scheduled items that are due (publishing happens
         * within this interval after publishAt). Read by the @Scheduled expression.
         */
        @WithDefault("2s")
        Duration every();

        /** At most this many items are published per pass; the rest wait for the next pass. */
        @WithName("batch-size")
        @WithDefault("100")
        int batchSize();
    }

    interface Debug {
        /** Add X-Statement-Count (SQL statements the request prepared) to responses. */
        @WithName("statement-count-header")
        @WithDefault("false")
        boolean statementCountHeader();
    }

    interface Site {
        /** The site's name, used in feeds. */
        @WithDefault("Byline")
        String title();

        /** Where the site's pages live; links in feeds and "other sites" for links are judged by it. */
        @WithName("base-url")
        @WithDefault("http://localhost:8080")
        String baseUrl();

        @WithDefault("News and stories published with Byline")
        String description();

        /** The site's language as a BCP 47 tag (e.g. {@code en}), announced in feeds; none when unset. */
        Optional<String> language();
    }

    interface Search {
        /**
         * The PostgreSQL text search configuration (stemming, stop words) used to index and to
         * query, e.g. {@code english}, {@code simple}, {@code german}. Changing it re-indexes
         * every item at the next start.
         */
        @WithDefault("english")
        String config();
    }

    interface Content {
        /** Add rel="noopener nofollow" to body links that point to other sites. */
        @WithName("nofollow-external-links")
        @WithDefault("false")
        boolean nofollowExternalLinks();
    }

    /**
     * Which PostgreSQL the app uses when {@code quarkus.datasource.jdbc.url} is not set. Read
     * while the configuration is built (see {@code DatabaseLocator}), declared here for the
     * mapping's validation and documentation; the defaults live in {@code DatabaseSettings}.
     */
    interface Database {
        /**
         * {@code auto}: when nothing answers on the default address, start an embedded
         * PostgreSQL (dev mode and tests); {@code never}: fail the start instead (production).
         */
        @WithDefault(DatabaseSettings.EMBEDDED_DEFAULT)
        DatabaseSettings.Embedded embedded();

        /** Where the embedded server keeps its cluster ({@code data/}) and log; {@code ~/.byline/embedded-postgres}. */
        @WithName("embedded-directory")
        Optional<String> embeddedDirectory();

        /** host:port where a PostgreSQL is looked for when the datasource URL is not set. */
        @WithName("default-address")
        @WithDefault(DatabaseSettings.DEFAULT_ADDRESS)
        String defaultAddress();

        /**
         * The longest any request waits on the database before it answers 503, whatever way
         * the database fails (refused, silent, cut mid-transaction). The driver, pool and
         * transaction timeouts are derived from it by {@link DatabaseTimeouts}.
         */
        @WithDefault("10s")
        Duration timeout();
    }

    interface Demo {
        /** Load the sample newsroom content into an empty database at start (on in dev mode). */
        @WithDefault("false")
        boolean enabled();
    }

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

    /** Webhook delivery (API.md §8). */
    interface Webhooks {
        /**
         * Allow targets whose host resolves to a private, loopback, link-local, multicast,
         * unspecified or carrier-grade NAT address. Off by default: a webhook URL must not
         * reach into the network the CMS runs in (SSRF).
         */
        @WithName("allow-private-targets")
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** Connect timeout and, separately, the longest wait for the answer of one attempt. */
        @WithDefault("PT5S")
        Duration timeout();

        /** Attempts per delivery before it is marked failed. */
        @WithName("max-attempts")
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failed attempt; doubled after each further one, with jitter. */
        @WithName("backoff-base")
        @WithDefault("PT30S")
        Duration backoffBase();

        /** Longest wait between two attempts. */
        @WithName("backoff-max")
        @WithDefault("PT1H")
        Duration backoffMax();

        /**
         * How often each instance looks for due deliveries (besides right after a change
         * commits). Read by the scheduler as {@code byline.webhooks.poll-interval}.
         */
        @WithName("poll-interval")
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Deliveries one instance sends at the same time. */
        @WithDefault("4")
        int concurrency();
    }
}
