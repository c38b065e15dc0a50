package dev.byline.common.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;

/**
 * Decides which PostgreSQL the app uses when {@code quarkus.datasource.jdbc.url} is not set:
 * the server on the default address when one answers there, else (when allowed) an embedded
 * one, else none, which stops the start with a message saying what to do. Nothing is started
 * here: {@code DatabaseBootstrap} starts the embedded server before anything connects.
 */
public final class DatabaseLocator {

    private static final int PROBE_TIMEOUT_MILLIS = 1000;

    /** The decision of this start (one per class loader, so a dev-mode restart decides anew). */
    private static volatile DatabaseLocation decided;

    private DatabaseLocator() {
    }

    /** The decision made for this start, empty when the URL was configured (it was never asked). */
    public static Optional<DatabaseLocation> decided() {
        return Optional.ofNullable(decided);
    }

    /** Decides once; later calls (the configuration is read more than once) get the same answer. */
    static synchronized DatabaseLocation decideOnce(DatabaseSettings settings) {
        if (decided == null) {
            decided = decide(settings);
        }
        return decided;
    }

    public static DatabaseLocation decide(DatabaseSettings settings) {
        if (answers(settings.defaultHost(), settings.defaultPort())) {
            return DatabaseLocation.defaultAddress(settings.defaultUrl());
        }
        String nothingAnswers = "No PostgreSQL server answers at " + settings.defaultAddress()
                + " (the default address; quarkus.datasource.jdbc.url is not set)";
        if (settings.embedded() == DatabaseSettings.Embedded.NEVER) {
            return DatabaseLocation.none(settings.defaultUrl(), nothingAnswers + ", and the embedded server is off ("
                    + DatabaseSettings.EMBEDDED + "=never, the default outside dev mode and tests). " + WHAT_TO_DO);
        }
        Optional<String> cannotRun = EmbeddedPostgresServer.whyItCannotRun();
        if (cannotRun.isPresent()) {
            return DatabaseLocation.none(settings.defaultUrl(), nothingAnswers + ", and " + cannotRun.get() + ". "
                    + WHAT_TO_DO + " Or run Byline as a normal user.");
        }
        return DatabaseLocation.embedded(settings.embeddedDirectory(),
                EmbeddedPostgresServer.portFor(settings.embeddedDirectory()));
    }

    private static final String WHAT_TO_DO = "Start a PostgreSQL server there, or point QUARKUS_DATASOURCE_JDBC_URL"
            + " (with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD) at a running one.";

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
