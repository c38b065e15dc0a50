package dev.byline.support;

import dev.byline.common.cache.RepresentationCache;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Plain SQL against the test database, for what a client cannot do: move time, count rows. */
@ApplicationScoped
public class TestDatabase {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RepresentationCache cache;

    /**
     * A write behind the app's back. The app's cache of public answers hears of it by a database
     * notification, a moment after the commit; the next request of a test may come sooner, so
     * the cache is told at once, as a write through the API tells it.
     */
    public int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            cache.invalidateAll();
        }
    }

    /** After a write behind the app's back made some other way (JPQL, another connection): as {@link #update}. */
    public void changedBehindTheApp() {
        cache.invalidateAll();
    }

    public long count(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, params);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as bytes (e.g. a bytea). */
    public byte[] bytes(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, params);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getBytes(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public java.util.List<String> strings(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, params);
                ResultSet rows = statement.executeQuery()) {
            java.util.List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object param = params[i] instanceof UUID[] ids ? connection.createArrayOf("uuid", ids) : params[i];
            statement.setObject(i + 1, param);
        }
        return statement;
    }
}
