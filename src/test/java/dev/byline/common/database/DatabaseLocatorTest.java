package dev.byline.common.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which database the app picks when its URL is not set (no server is started here). */
class DatabaseLocatorTest {

    @Test
    void shouldUseTheDefaultAddressWhenAServerAnswersThere() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            DatabaseLocation location = DatabaseLocator.decide(settings("auto", "127.0.0.1:" + server.getLocalPort()));
            assertEquals(DatabaseLocation.Kind.DEFAULT_ADDRESS, location.kind());
            assertEquals("jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/byline", location.jdbcUrl());
        }
    }

    @Test
    void shouldChooseAnEmbeddedServerInItsDirectoryWhenNothingAnswersAndItIsAllowed() {
        DatabaseLocation location = DatabaseLocator.decide(settings("auto", "127.0.0.1:" + closedPort()));
        if (EmbeddedPostgresServer.whyItCannotRun().isPresent()) {
            assertEquals(DatabaseLocation.Kind.NONE, location.kind());
            assertTrue(location.detail().contains("run Byline as a normal user"), location.detail());
            return;
        }
        assertEquals(DatabaseLocation.Kind.EMBEDDED, location.kind());
        assertEquals(Path.of("/srv/byline-pg"), location.embeddedDirectory());
        assertEquals("jdbc:postgresql://localhost:" + location.embeddedPort() + "/byline", location.jdbcUrl());
        assertTrue(location.describe().contains("data in /srv/byline-pg/data"), location.describe());
    }

    @Test
    void shouldStopTheStartWithWhatToDoWhenNothingAnswersAndEmbeddedIsOff() {
        int port = closedPort();
        DatabaseLocation location = DatabaseLocator.decide(settings("never", "127.0.0.1:" + port));
        assertEquals(DatabaseLocation.Kind.NONE, location.kind());
        assertTrue(location.detail().startsWith("No PostgreSQL server answers at 127.0.0.1:" + port), location.detail());
        assertTrue(location.detail().contains("QUARKUS_DATASOURCE_JDBC_URL"), location.detail());
    }

    @Test
    void shouldDefaultToNeverAndLocalhostWhenNothingIsSet() {
        DatabaseSettings settings = DatabaseSettings.from(name -> Optional.empty());
        assertEquals(DatabaseSettings.Embedded.NEVER, settings.embedded());
        assertEquals("jdbc:postgresql://localhost:5432/byline", settings.defaultUrl());
        assertEquals(Path.of(System.getProperty("user.home"), ".byline", "embedded-postgres"), settings.embeddedDirectory());
    }

    @Test
    void shouldRefuseUnknownModesAndAddressesWithoutPort() {
        assertThrows(IllegalArgumentException.class, () -> settings("sometimes", "localhost:5432"));
        assertThrows(IllegalArgumentException.class, () -> settings("auto", "localhost"));
    }

    @Test
    void shouldNeverLogTheQueryOfAConfiguredUrl() {
        DatabaseLocation location = DatabaseLocation.configured("jdbc:postgresql://db:5432/news?password=secret", "EnvConfigSource");
        assertEquals("Database: jdbc:postgresql://db:5432/news (quarkus.datasource.jdbc.url, set by EnvConfigSource)",
                location.describe());
    }

    private static DatabaseSettings settings(String embedded, String address) {
        Map<String, String> values = Map.of(DatabaseSettings.EMBEDDED, embedded,
                DatabaseSettings.DEFAULT_ADDRESS_KEY, address,
                DatabaseSettings.EMBEDDED_DIRECTORY, "/srv/byline-pg");
        return DatabaseSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
