package dev.byline.common.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the one setting {@code byline.database.timeout} (default 10 s, API.md §10: "every
 * request answers within a configurable bound while the database is unreachable") into the
 * driver, pool and transaction timeouts that together keep that bound, whatever way the
 * database fails: refused, silent (packets dropped) or cut mid-transaction.
 *
 * <p>A request first waits for a pooled connection (acquisition, 40 % of the bound; a new
 * connection must connect and log in within 30 %), then for the database to answer any one
 * read (socket timeout, 80 %). The server cancels a statement that runs longer than 70 % (a
 * lock wait included), so a slow but live database answers before the socket gives up on it;
 * a transaction that outlives 80 % is rolled back. Readiness validates a connection within
 * 30 %. {@code RequestDeadline} answers 503 at the bound itself whatever is still waiting:
 * the lower timeouts free the connection and roll the work back, the deadline keeps the
 * promise to the client.
 *
 * <p>The values are defaults below application.properties: any of them set explicitly (as
 * a {@code quarkus.*} property or its environment variable) wins.
 */
public class DatabaseTimeouts implements ConfigSourceFactory {

    public static final String SETTING = "byline.database.timeout";
    static final Duration DEFAULT_BOUND = Duration.ofSeconds(10);
    /** Below application.properties (250) and the environment (300). */
    static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(SETTING);
        Duration bound = configured == null || configured.getValue() == null || configured.getValue().isBlank()
                ? DEFAULT_BOUND
                : DurationConverter.parseDuration(configured.getValue().trim());
        return List.of(new PropertiesConfigSource(derive(bound), "byline database timeouts", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** The platform settings that keep every database wait within {@code bound}. */
    static Map<String, String> derive(Duration bound) {
        if (bound.toMillis() < 2000) {
            throw new IllegalArgumentException(SETTING + " must be at least 2 seconds, was " + bound);
        }
        long millis = bound.toMillis();
        Map<String, String> settings = new LinkedHashMap<>();
        String jdbc = "quarkus.datasource.jdbc.";
        String driver = jdbc + "additional-jdbc-properties.";
        settings.put(jdbc + "acquisition-timeout", share(millis, 40) + "ms");
        settings.put(jdbc + "login-timeout", share(millis, 30) + "ms");
        settings.put(jdbc + "validation-query-timeout", share(millis, 30) + "ms");
        settings.put(driver + "connectTimeout", seconds(share(millis, 30)));
        settings.put(driver + "loginTimeout", seconds(share(millis, 30)));
        settings.put(driver + "socketTimeout", seconds(share(millis, 80)));
        settings.put(driver + "tcpKeepAlive", "true");
        settings.put(driver + "options", "-c statement_timeout=" + share(millis, 70)
                + " -c idle_in_transaction_session_timeout=" + Math.max(60_000, millis * 6));
        // The driver puts the values of a failed statement into its messages unless told not to.
        settings.put(driver + "logServerErrorDetail", "false");
        // Shorter than the request deadline (RequestDeadline, the whole bound): a transaction
        // still open when a request is given up on has been rolled back already.
        settings.put("quarkus.transaction-manager.default-transaction-timeout", seconds(share(millis, 80)) + "s");
        return settings;
    }

    private static long share(long millis, int percent) {
        return millis * percent / 100;
    }

    /** Whole seconds, rounded down, at least 1 (the driver's unit). */
    private static String seconds(long millis) {
        return String.valueOf(Math.max(1, millis / 1000));
    }
}
