package dev.byline.common.database;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code byline.database.*} settings, read before CDI exists (by the config source that
 * supplies the datasource URL, and by the test suite's database resource).
 *
 * @param embedded whether an embedded server may be started when nothing answers
 * @param embeddedDirectory where the embedded server keeps its cluster and log
 * @param defaultHost host of the default address
 * @param defaultPort port of the default address
 */
public record DatabaseSettings(Embedded embedded, Path embeddedDirectory, String defaultHost, int defaultPort) {

    public static final String EMBEDDED = "byline.database.embedded";
    public static final String EMBEDDED_DIRECTORY = "byline.database.embedded-directory";
    public static final String DEFAULT_ADDRESS_KEY = "byline.database.default-address";

    /** Outside dev mode and tests (where application.properties says auto). */
    public static final String EMBEDDED_DEFAULT = "never";
    public static final String DEFAULT_ADDRESS = "localhost:5432";
    /** The database the app uses on a server it found or started itself. */
    public static final String DATABASE_NAME = "byline";

    public enum Embedded {
        AUTO, NEVER
    }

    /** Reads the settings through {@code lookup} (empty when unset), applying the defaults. */
    public static DatabaseSettings from(Function<String, Optional<String>> lookup) {
        String mode = lookup.apply(EMBEDDED).orElse(EMBEDDED_DEFAULT).trim().toUpperCase(Locale.ROOT);
        Embedded embedded;
        try {
            embedded = Embedded.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(EMBEDDED + " must be auto or never, not " + mode.toLowerCase(Locale.ROOT));
        }
        Path directory = lookup.apply(EMBEDDED_DIRECTORY)
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".byline", "embedded-postgres"))
                .toAbsolutePath();
        String address = lookup.apply(DEFAULT_ADDRESS_KEY).orElse(DEFAULT_ADDRESS).trim();
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new IllegalArgumentException(DEFAULT_ADDRESS_KEY + " must be host:port, not " + address);
        }
        return new DatabaseSettings(embedded, directory, address.substring(0, colon),
                Integer.parseInt(address.substring(colon + 1)));
    }

    public String defaultAddress() {
        return defaultHost + ":" + defaultPort;
    }

    public String defaultUrl() {
        return "jdbc:postgresql://" + defaultAddress() + "/" + DATABASE_NAME;
    }
}
