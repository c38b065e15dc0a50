package dev.byline.support;

import dev.byline.common.database.DatabaseLocation;
import dev.byline.common.database.DatabaseLocator;
import dev.byline.common.database.DatabaseSettings;
import dev.byline.common.database.EmbeddedPostgresServer;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL server the test suite uses, chosen as the app chooses in dev mode: the
 * machine's on 127.0.0.1:5432 when it answers (CI always has it), else an embedded one kept in
 * {@code target/embedded-postgres}. System properties of the same names as the app's settings
 * override the choice, e.g. {@code -Dbyline.database.default-address=127.0.0.1:1} runs the suite
 * on the embedded server although the machine has one.
 */
public final class TestPostgres {

    private static final Map<String, String> SUITE_DEFAULTS = Map.of(
            DatabaseSettings.DEFAULT_ADDRESS_KEY, "127.0.0.1:5432",
            DatabaseSettings.EMBEDDED, "auto",
            DatabaseSettings.EMBEDDED_DIRECTORY, "target/embedded-postgres");

    private static URI server;

    private TestPostgres() {
    }

    /** JDBC URL of a database on the suite's server. */
    public static String url(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    public static String host() {
        return server().getHost();
    }

    public static int port() {
        return server().getPort();
    }

    private static synchronized URI server() {
        if (server == null) {
            DatabaseSettings settings = DatabaseSettings.from(
                    name -> Optional.ofNullable(System.getProperty(name, SUITE_DEFAULTS.get(name))));
            DatabaseLocation location = DatabaseLocator.decide(settings);
            switch (location.kind()) {
                case NONE -> throw new IllegalStateException("The tests have no database. " + location.detail());
                case EMBEDDED -> EmbeddedPostgresServer.ensureRunning(location.embeddedDirectory(), location.embeddedPort());
                default -> {
                    // the machine's server
                }
            }
            System.out.println(location.kind() == DatabaseLocation.Kind.EMBEDDED
                    ? "[tests] No PostgreSQL answers at " + settings.defaultAddress() + ": the tests use an embedded one, "
                            + location.embeddedDirectory()
                    : "[tests] The tests use the PostgreSQL server at " + settings.defaultAddress());
            server = URI.create(location.jdbcUrl().substring("jdbc:".length()));
        }
        return server;
    }
}
