package dev.byline.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The purge requests on the wire, against a real HTTP server on loopback. */
class PurgeClientTest {

    private static final String SECRET = "a-shared-secret-0123456789";

    private PurgeReceiver receiver;

    @BeforeEach
    void start() throws IOException {
        receiver = new PurgeReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void shouldSendPurgeWithTheKeysAndTheSecretWhenPurging() throws Exception {
        List<String> failures = client(Optional.of(SECRET)).purge(List.of(URI.create(receiver.url())),
                List.of("article:1", "list:articles"));

        assertEquals(List.of(), failures);
        List<PurgeReceiver.Received> received = receiver.received();
        assertEquals(1, received.size());
        assertEquals("PURGE", received.get(0).method());
        assertEquals("article:1 list:articles", received.get(0).header(PurgeClient.KEYS_HEADER));
        assertEquals(SECRET, received.get(0).header("X-Purge-Secret"));
    }

    @Test
    void shouldSendNoSecretHeaderWhenNoneIsSet() throws Exception {
        client(Optional.empty()).purge(List.of(URI.create(receiver.url())), List.of("list:tags"));

        assertEquals(null, receiver.received().get(0).header("X-Purge-Secret"));
    }

    @Test
    void shouldSendEveryKeyInSeveralRequestsToEveryNodeWhenTheyDoNotFitOneHeader() throws Exception {
        try (PurgeReceiver second = new PurgeReceiver()) {
            Set<String> keys = new LinkedHashSet<>();
            for (int i = 0; i < 300; i++) {
                keys.add("article:00000000-0000-0000-0000-" + String.format("%012d", i));
            }
            List<String> failures = client(Optional.empty()).purge(
                    List.of(URI.create(receiver.url()), URI.create(second.url())), keys);

            assertEquals(List.of(), failures);
            assertTrue(receiver.received().size() > 1);
            assertEquals(keys, receiver.keys());
            assertEquals(keys, second.keys());
        }
    }

    @Test
    void shouldReportTheNodeAndStatusButNotTheSecretWhenANodeRefuses() throws Exception {
        receiver.refuse("article:2", 1);
        String withCredentials = receiver.url().replace("http://", "http://purger:" + SECRET + "@") + "?secret=" + SECRET;

        List<String> failures = client(Optional.of(SECRET)).purge(List.of(URI.create(withCredentials)),
                List.of("article:2"));

        assertEquals(1, failures.size());
        assertTrue(failures.get(0).endsWith(": HTTP 503"), failures.get(0));
        assertTrue(failures.get(0).startsWith("http://127.0.0.1:"), failures.get(0));
        assertFalse(failures.get(0).contains(SECRET), failures.get(0));
    }

    @Test
    void shouldReportAFailureWhenNoNodeListens() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        List<String> failures = client(Optional.empty()).purge(List.of(URI.create("http://127.0.0.1:" + closed + "/")),
                List.of("article:3"));

        assertEquals(List.of("http://127.0.0.1:" + closed + "/: could not connect"), new ArrayList<>(failures));
    }

    private static PurgeClient client(Optional<String> secret) {
        PurgeClient client = new PurgeClient();
        client.config = new Settings(secret);
        return client;
    }

    /** The settings the client reads, as configuration would give them. */
    private record Settings(Optional<String> purgeSecret) implements CdnConfig {
        @Override
        public Optional<List<String>> purgeUrls() {
            return Optional.empty();
        }

        @Override
        public String purgeSecretHeader() {
            return "X-Purge-Secret";
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration pollInterval() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration backoffBase() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration backoffMax() {
            return Duration.ofMinutes(5);
        }

        @Override
        public Duration giveUpAfter() {
            return Duration.ofDays(1);
        }
    }
}
