package dev.byline.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The app creates its database on a server that lacks it (against the suite's real PostgreSQL). */
class DatabaseBootstrapTest {

    private static final String SERVER = TestPostgres.url("");

    @Test
    void shouldCreateDatabaseWhenItIsMissing() throws SQLException {
        String name = "byline_bootstrap_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            assertFalse(exists(name));
            assertTrue(DatabaseBootstrap.createIfMissing(SERVER + name + "?ApplicationName=test", "postgres", null));
            assertTrue(exists(name));
            assertFalse(DatabaseBootstrap.createIfMissing(SERVER + name, "postgres", null),
                    "a second start finds the database and leaves it alone");
        } finally {
            execute("DROP DATABASE IF EXISTS \"" + name + "\"");
        }
    }

    @Test
    void shouldTargetMaintenanceDatabaseOfSameServer() {
        var target = DatabaseBootstrap.JdbcTarget.parse("jdbc:postgresql://db.internal:6543/news?sslmode=require");
        assertEquals("news", target.database());
        assertEquals("jdbc:postgresql://db.internal:6543/postgres?sslmode=require", target.maintenanceUrl());
    }

    private static boolean exists(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
