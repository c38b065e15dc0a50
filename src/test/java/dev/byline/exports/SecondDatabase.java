package dev.byline.exports;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * An app of its own on a database of its own ({@code <test database>_second}, made fresh), for
 * tests that need an empty site: restoring an export.
 */
public class SecondDatabase implements QuarkusTestProfile {

    static String name() {
        return System.getProperty("byline.test.database", "byline_test") + "_second";
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Fresh.class));
    }

    /** Drops the second database so the app creates and migrates it anew. */
    public static class Fresh implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                    "postgres", null); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS \"" + name() + "\" WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reset the database " + name(), e);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + name());
        }

        @Override
        public void stop() {
        }
    }
}
