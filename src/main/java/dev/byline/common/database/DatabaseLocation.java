package dev.byline.common.database;

import java.nio.file.Path;

/**
 * Which PostgreSQL the app uses, decided once per start before anything connects.
 *
 * @param kind how it was found
 * @param jdbcUrl the datasource URL (without credentials)
 * @param embeddedDirectory the embedded server's directory, for {@link Kind#EMBEDDED}
 * @param embeddedPort the port the embedded server listens (or will listen) on
 * @param detail who set the URL ({@link Kind#CONFIGURED}), or why the start cannot go on ({@link Kind#NONE})
 */
public record DatabaseLocation(Kind kind, String jdbcUrl, Path embeddedDirectory, int embeddedPort, String detail) {

    public enum Kind {
        /** quarkus.datasource.jdbc.url was set (environment, system property, a properties file). */
        CONFIGURED,
        /** Not set, and a server answered on the default address. */
        DEFAULT_ADDRESS,
        /** Not set, nothing answered, and the embedded server is allowed: it serves the app. */
        EMBEDDED,
        /** Not set, nothing answered, and no embedded server may or can run: the start fails. */
        NONE
    }

    public static DatabaseLocation configured(String jdbcUrl, String setBy) {
        return new DatabaseLocation(Kind.CONFIGURED, jdbcUrl, null, 0, setBy);
    }

    static DatabaseLocation defaultAddress(String jdbcUrl) {
        return new DatabaseLocation(Kind.DEFAULT_ADDRESS, jdbcUrl, null, 0, null);
    }

    static DatabaseLocation embedded(Path directory, int port) {
        String url = "jdbc:postgresql://localhost:" + port + "/" + DatabaseSettings.DATABASE_NAME;
        return new DatabaseLocation(Kind.EMBEDDED, url, directory, port, null);
    }

    static DatabaseLocation none(String jdbcUrl, String why) {
        return new DatabaseLocation(Kind.NONE, jdbcUrl, null, 0, why);
    }

    /** The first line of a start: which database, and how it was chosen. */
    public String describe() {
        return switch (kind) {
            case CONFIGURED -> "Database: " + withoutQuery(jdbcUrl) + " (quarkus.datasource.jdbc.url, set by " + detail + ")";
            case DEFAULT_ADDRESS -> "Database: " + jdbcUrl
                    + " (quarkus.datasource.jdbc.url is not set; a PostgreSQL server answered on the default address)";
            case EMBEDDED -> "Database: embedded PostgreSQL at " + jdbcUrl + ", data in "
                    + embeddedDirectory.resolve(EmbeddedPostgresServer.DATA) + ", log in "
                    + embeddedDirectory.resolve(EmbeddedPostgresServer.LOG_FILE)
                    + " (quarkus.datasource.jdbc.url is not set and nothing answered on the default address)";
            case NONE -> "Database: none. " + detail;
        };
    }

    /** A JDBC URL's query may carry a password: never log it. */
    static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
