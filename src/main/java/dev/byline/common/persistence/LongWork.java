package dev.byline.common.persistence;

import dev.byline.common.config.BylineConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Work that is long by nature (an import upload, a site export, re-indexing, retention
 * clean-ups) and must not be held to the request bound ({@code byline.database.timeout}),
 * whose statement, socket and transaction timeouts would cut it off: it runs in a transaction
 * of its own with {@code byline.database.long-work-timeout} for all three, and without the
 * server's idle-in-transaction limit (an upload may wait on a slow client between chunks).
 * The connection's socket timeout is put back before the commit, so the pooled connection
 * keeps the request bound's.
 */
@ApplicationScoped
public class LongWork {

    @Inject
    EntityManager em;

    @Inject
    BylineConfig config;

    /** Runs {@code work} in a new transaction with the long limits. */
    public <T> T call(Supplier<T> work) {
        Duration limit = config.database().longWorkTimeout();
        return QuarkusTransaction.requiringNew().timeout(seconds(limit)).call(() -> {
            int previous = em.unwrap(Session.class).doReturningWork(connection -> lift(connection, limit));
            try {
                return work.get();
            } finally {
                em.unwrap(Session.class).doWork(connection -> restore(connection, previous));
            }
        });
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * On a connection of the caller's own (outside JTA, in its own transaction): the long
     * limits until {@link #restore}; returns the socket timeout to give back.
     */
    public int lift(Connection connection) throws SQLException {
        return lift(connection, config.database().longWorkTimeout());
    }

    private static int lift(Connection connection, Duration limit) throws SQLException {
        int previous = connection.getNetworkTimeout();
        try (Statement statement = connection.createStatement()) {
            // Local to the transaction: the pooled connection's own settings come back at its end.
            statement.execute("SET LOCAL statement_timeout = " + limit.toMillis());
            statement.execute("SET LOCAL idle_in_transaction_session_timeout = 0");
        }
        connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, limit.toMillis()));
        return previous;
    }

    /** Gives the connection its socket timeout back; a connection already broken is left as it is. */
    public static void restore(Connection connection, int networkTimeout) {
        try {
            if (!connection.isClosed()) {
                connection.setNetworkTimeout(Runnable::run, networkTimeout);
            }
        } catch (SQLException brokenAnyway) {
            // the pool discards a broken connection
        }
    }

    private static int seconds(Duration limit) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, limit.toSeconds()));
    }
}
