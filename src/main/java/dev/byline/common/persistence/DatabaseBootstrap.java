package dev.byline.common.persistence;

import dev.byline.common.database.DatabaseLocation;
import dev.byline.common.database.DatabaseLocator;
import dev.byline.common.database.EmbeddedPostgresServer;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
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
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Before any other startup code runs: says which database the app uses (starting the embedded
 * server when that was the choice), stops the start with one clear message when there is none
 * or it does not answer, creates the database when it is missing (and the user may), then
 * migrates it with Flyway (without the request bound's timeouts). Flyway's own migrate-at-start cannot be used: it runs before any
 * observer could create the database.
 */
@ApplicationScoped
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);
    private static final String DUPLICATE_DATABASE = "42P04";
    /** SQLState class 08: the connection could not be made or was lost. */
    private static final String CONNECTION_EXCEPTION = "08";

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        DatabaseLocation location = DatabaseLocator.decided()
                .orElseGet(() -> DatabaseLocation.configured(jdbcUrl, urlSetBy()));
        if (location.kind() == DatabaseLocation.Kind.NONE) {
            // Printed once by Quarkus, without a stack trace, and the start ends.
            throw new ConfigurationException(location.detail());
        }
        LOG.info(location.describe());
        if (location.kind() == DatabaseLocation.Kind.EMBEDDED) {
            startEmbedded(location);
        }
        createDatabaseIfMissing();
        migrate();
    }

    /**
     * Flyway's own configuration on a connection of its own, without the request bound's
     * statement and socket timeouts ({@code DatabaseTimeouts}): a migration that rewrites a
     * large table may take minutes, and one cut off half-way would stop the start.
     */
    void migrate() {
        Flyway unbounded = Flyway.configure(flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration())
                .dataSource(jdbcUrl, username.orElse(null), password.orElse(null))
                .initSql("SET statement_timeout = 0")
                .load();
        unbounded.migrate();
    }

    /** Outside dev mode the embedded server stops with the app; dev mode keeps it across restarts until the JVM ends. */
    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) ShutdownEvent event) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            EmbeddedPostgresServer.stop();
        }
    }

    private static void startEmbedded(DatabaseLocation location) {
        try {
            EmbeddedPostgresServer.ensureRunning(location.embeddedDirectory(), location.embeddedPort());
        } catch (IllegalStateException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    void createDatabaseIfMissing() {
        try {
            if (createIfMissing(jdbcUrl, username.orElse(null), password.orElse(null))) {
                LOG.infof("Created database %s", JdbcTarget.parse(jdbcUrl).database());
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                JdbcTarget target = JdbcTarget.parse(jdbcUrl);
                throw new ConfigurationException("Cannot start: the database server at " + target.address()
                        + " does not answer (" + e.getMessage() + "). Start it, or point quarkus.datasource.jdbc.url"
                        + " (QUARKUS_DATASOURCE_JDBC_URL) at a running PostgreSQL server.");
            }
            // Not fatal here: the server may refuse the maintenance database while the target
            // exists. If it really is missing, Flyway's connection says so clearly.
            LOG.warnf("Could not check or create the database: %s", e.getMessage());
        }
    }

    private static String urlSetBy() {
        String source = ConfigProvider.getConfig().getConfigValue("quarkus.datasource.jdbc.url").getSourceName();
        return source == null ? "the configuration" : source;
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

    /** The database a JDBC URL names, the server's host:port, and the URL of its maintenance database. */
    record JdbcTarget(String database, String address, String maintenanceUrl) {
        static JdbcTarget parse(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String database = uri.getPath() == null || uri.getPath().length() <= 1
                    ? "postgres"
                    : uri.getPath().substring(1);
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String maintenance = "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/postgres" + query;
            return new JdbcTarget(database, uri.getRawAuthority(), maintenance);
        }
    }
}
