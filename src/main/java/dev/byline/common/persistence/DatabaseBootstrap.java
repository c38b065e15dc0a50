package dev.byline.common.persistence;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Creates the configured database when it is missing (and the user may), then migrates it
 * with Flyway, before any other startup code runs. Flyway's own migrate-at-start cannot be
 * used: it runs before any observer could create the database.
 */
@ApplicationScoped
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);
    private static final String DUPLICATE_DATABASE = "42P04";

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        createDatabaseIfMissing();
        flyway.migrate();
    }

    void createDatabaseIfMissing() {
        try {
            if (createIfMissing(jdbcUrl, username.orElse(null), password.orElse(null))) {
                LOG.infof("Created database %s", JdbcTarget.parse(jdbcUrl).database());
            }
        } catch (SQLException e) {
            // Not fatal here: the server may refuse the maintenance database while the target
            // exists. If it really is missing, Flyway's connection says so clearly.
            LOG.warnf("Could not check or create the database: %s", e.getMessage());
        }
    }

    /**
     * Creates the database a JDBC URL names when it does not exist; true when it did so.
     * Tolerates another instance creating it at the same moment.
     */
    public static boolean createIfMissing(String jdbcUrl, String user, String password) throws SQLException {
        JdbcTarget target = JdbcTarget.parse(jdbcUrl);
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(target.maintenanceUrl(), credentials)) {
            if (exists(connection, target.database())) {
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + quoteIdentifier(target.database()));
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The database a JDBC URL names, and the URL of the same server's maintenance database. */
    record JdbcTarget(String database, String maintenanceUrl) {
        static JdbcTarget parse(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String database = uri.getPath() == null || uri.getPath().length() <= 1
                    ? "postgres"
                    : uri.getPath().substring(1);
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String maintenance = "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/postgres" + query;
            return new JdbcTarget(database, maintenance);
        }
    }
}
