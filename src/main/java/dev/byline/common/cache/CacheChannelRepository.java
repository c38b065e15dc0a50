package dev.byline.common.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * The SQL of the cache's notification channel, on the listener's own connection: the channel
 * that the V50 triggers notify on commit of any write anonymous readers could see, and the
 * earliest publication time still ahead (the one change no write announces).
 */
@ApplicationScoped
public class CacheChannelRepository {

    static final String CHANNEL = "byline_public_changes";

    void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
    }

    /** Epoch millis of the earliest publication time after now, or Long.MAX_VALUE. */
    long nextPublication(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT min(published_at) FROM content_items "
                        + "WHERE status = 'published' AND published_at > now()")) {
            row.next();
            Timestamp next = row.getTimestamp(1);
            return next == null ? Long.MAX_VALUE : next.getTime();
        }
    }

    /** A round trip, so that a connection that died quietly is noticed. */
    void ping(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }
}
