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

    /**
     * Stop as soon as the start is complete (a training start: run with
     * {@code -XX:ArchiveClassesAtExit} it records every class a start loads; see the README).
     */
    @WithName("exit-when-started")
    @WithDefault("false")
    boolean exitWhenStarted();

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

    Preview preview();

    interface Preview {
        /** How long a draft preview token works. */
        @WithDefault("PT1H")
        Duration ttl();
    }

    Scheduler scheduler();

    Webhooks webhooks();

    Media media();

    interface Cache {
        /** Cache-Control max-age of public content reads. */
        @WithName("max-age")
        @WithDefault("60s")
        Duration maxAge();

        /** Cache-Control stale-while-revalidate of public content reads. */
        @WithName("stale-while-revalidate")
        @WithDefault("300s")
        Duration staleWhileRevalidate();

        /** Public answers kept rendered in memory (common/cache). */
        @WithName("in-process")
        InProcess inProcess();

        interface InProcess {
            /** Keep and serve public answers from memory (invalidated by LISTEN/NOTIFY on commit). */
            @WithDefault("true")
            boolean enabled();

            /**
             * The most bytes of kept answers; past it everything kept is dropped. They live on the
             * heap: keep this well inside the old generation (the README's 72 MiB heap has 56 MiB
             * of it, of which the app itself keeps ~34 MiB live).
             */
            @WithName("max-bytes")
            @WithDefault("16777216")
            long maxBytes();
        }
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

        /**
         * The frontend's preview address, a pattern with {@code {token}}, {@code {type}},
         * {@code {id}} and {@code {slug}} (e.g. {@code https://site.example/api/preview?token={token}});
         * the starter site's preview page under the base URL when unset.
         */
        @WithName("preview-url")
        Optional<String> previewUrl();

        /**
         * Where media files are served from (a CDN in front of {@code /api/v1/media}), e.g.
         * {@code https://cdn.example.com/api/v1/media}; media URLs are relative to the API when unset.
         */
        @WithName("media-base-url")
        Optional<String> mediaBaseUrl();

        /** Where each kind of page lives below the base URL (API.md §12). */
        Permalinks permalinks();
    }

    /**
     * Permalink patterns, WordPress-style. Every pattern starts with {@code /} and holds
     * {@code {slug}}; item patterns may also use {@code {yyyy}}, {@code {mm}}, {@code {dd}}
     * (the publication date in UTC) and {@code {section}} (the section's slug).
     */
    interface Permalinks {
        @WithDefault("/articles/{slug}")
        String article();

        @WithDefault("/posts/{slug}")
        String post();

        @WithDefault("/sections/{slug}")
        String section();

        @WithDefault("/tags/{slug}")
        String tag();

        @WithDefault("/authors/{slug}")
        String author();
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

        /**
         * The limit of work that is long by nature and runs outside any request's bound: an
         * import upload, a site export, re-indexing at start, retention clean-ups. Such work
         * runs with this statement, socket and transaction timeout instead of the request
         * bound's ({@code LongWork}); migrations run without one.
         */
        @WithName("long-work-timeout")
        @WithDefault("1h")
        Duration longWorkTimeout();
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
        @WithDefault("8")
        int concurrency();

        /**
         * Deliveries of one webhook in flight at the same time, over all instances: a receiver
         * that is slow or never answers holds at most this many senders, the others keep
         * delivering to every other webhook.
         */
        @WithName("per-target-concurrency")
        @WithDefault("2")
        int perTargetConcurrency();
    }

    /** Media uploads, renditions and their storage (API.md §11). */
    interface Media {
        /** Largest accepted upload, in bytes (20 MiB); 413 above. */
        @WithName("max-bytes")
        @WithDefault("20971520")
        long maxBytes();

        /** Most pixels (width × height) an upload may declare (50 megapixels); 400 above, never decoded. */
        @WithName("max-pixels")
        @WithDefault("50000000")
        long maxPixels();

        /** The widths {@code ?w=} may ask for; any other width is a 400. */
        @WithDefault("320,640,960,1280,1920")
        List<Integer> widths();

        /** Where files live: {@code filesystem} (the default) or {@code s3}. */
        @WithDefault("filesystem")
        String storage();

        /** The filesystem store's directory. */
        @WithDefault("data/media")
        String directory();

        S3 s3();

        /** JPEG quality of renditions, 0 to 1. */
        @WithName("jpeg-quality")
        @WithDefault("0.85")
        float jpegQuality();

        /** WebP (lossy) quality of renditions, 0 to 1. */
        @WithName("webp-quality")
        @WithDefault("0.8")
        float webpQuality();

        /** Renditions one instance makes at the same time (each holds a decoded image in memory). */
        @WithName("render-concurrency")
        @WithDefault("2")
        int renderConcurrency();

        /**
         * How old a stored file without a media row must be before the cleanup job removes it: an
         * upload writes its file before its row commits, so younger strays may still be on their way.
         */
        @WithName("orphan-grace")
        @WithDefault("PT1H")
        Duration orphanGrace();

        /** How often each instance looks for stray files (read by the scheduler). */
        @WithName("cleanup-every")
        @WithDefault("1h")
        String cleanupEvery();
    }

    /** S3-compatible object storage ({@code byline.media.storage=s3}). */
    interface S3 {
        /** The service endpoint (MinIO, Ceph, R2, …); AWS' own when unset. */
        Optional<String> endpoint();

        Optional<String> bucket();

        @WithDefault("us-east-1")
        String region();

        /** Access key id; the AWS default credentials chain when unset. */
        @WithName("access-key")
        Optional<String> accessKey();

        @WithName("secret-key")
        Optional<String> secretKey();

        /** Path-style addressing ({@code endpoint/bucket/key}), which most S3-compatible servers need. */
        @WithName("path-style")
        @WithDefault("true")
        boolean pathStyle();

        /** A prefix for every key, to share a bucket with other data. */
        Optional<String> prefix();
    }
}
