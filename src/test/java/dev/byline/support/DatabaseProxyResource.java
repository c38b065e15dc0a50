package dev.byline.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives every test run a database of its own making on the suite's server ({@link TestPostgres}:
 * the machine's PostgreSQL, or an embedded one when none answers): drops the test database, so
 * the app under test creates and migrates it as on a fresh server, and routes the app's
 * datasource through a {@link DatabaseProxy}, so outage tests can cut the database without a
 * second app start.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    private static DatabaseProxy proxy;

    private static boolean dropped;

    @Override
    public Map<String, String> start() {
        String database = System.getProperty("byline.test.database", "byline_test");
        dropOncePerRun(database);
        try {
            proxy = new DatabaseProxy(TestPostgres.host(), TestPostgres.port());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the database proxy", e);
        }
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database + "?sslmode=disable");
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.close();
            }
        } catch (Exception ignored) {
            // shutting down
        }
    }

    /** Only before the first app start: later starts (test profiles) keep what earlier tests made. */
    private static synchronized void dropOncePerRun(String database) {
        if (dropped) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(TestPostgres.url("postgres"), "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database.replace("\"", "\"\"") + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the test database " + database, e);
        }
        dropped = true;
    }

    public static DatabaseProxy proxy() {
        return proxy;
    }
}
