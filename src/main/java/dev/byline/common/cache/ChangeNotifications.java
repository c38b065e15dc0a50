package dev.byline.common.cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on the database for committed public changes (one connection, one thread) and moves
 * the {@link RepresentationCache}'s generation on each: notifications are sent by PostgreSQL
 * only on commit, so a rolled-back write invalidates nothing, and every instance on the database
 * hears every write, whoever made it (another instance, the scheduler, SQL by hand). When the
 * connection fails, the cache stops serving until a new one listens again, and then starts
 * empty.
 */
@ApplicationScoped
public class ChangeNotifications {

    private static final Logger LOG = Logger.getLogger(ChangeNotifications.class);
    private static final int WAIT_MILLIS = 250;
    private static final long PING_EVERY_MILLIS = 5_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CacheChannelRepository channel;

    @Inject
    RepresentationCache cache;

    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection current;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "byline-cache-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the channel is up (the cache serves only then). */
    public boolean listening() {
        return cache.live();
    }

    /** Closes the listening connection, as a database restart would (tests of the fallback). */
    public void dropConnection() {
        Connection connection = current;
        if (connection != null) {
            try {
                connection.unwrap(PGConnection.class).cancelQuery();
                connection.abort(Runnable::run);
            } catch (SQLException e) {
                LOG.debugf(e, "Dropping the listening connection");
            }
        }
    }

    private void run() {
        long backoff = 100;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                current = connection;
                listen(connection);
                backoff = 100;
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("The cache's change notifications stopped (%s); public reads go to the database "
                            + "until they are back", e.getMessage());
                }
            } finally {
                current = null;
                cache.disconnected();
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 5_000);
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        channel.listen(connection);
        cache.connected(channel.nextPublication(connection));
        long lastRoundTrip = System.currentTimeMillis();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if ((notifications != null && notifications.length > 0) || cache.publicationDue()) {
                cache.changed(channel.nextPublication(connection));
                lastRoundTrip = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - lastRoundTrip > PING_EVERY_MILLIS) {
                channel.ping(connection);
                lastRoundTrip = System.currentTimeMillis();
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
