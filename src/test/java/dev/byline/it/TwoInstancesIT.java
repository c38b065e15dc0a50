package dev.byline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started twice on one database, as production runs it (API.md §10): the
 * operations endpoints live on the management port only; scheduled publishing happens once
 * whichever instance gets there first; the comment rate limit holds across instances; a
 * client that opens connections and never finishes its requests cannot keep them; each webhook
 * delivery reaches its receiver exactly once, whichever instance made the change and however
 * both instances poll.
 */
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PackagedApp first;
    private static PackagedApp second;

    @BeforeAll
    static void startTwice() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", null);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + PackagedApp.database() + "\" WITH (FORCE)");
        }
        Map<String, String> settings = PackagedApp.settings(
                "BYLINE_COMMENTS_RATE_LIMIT", "5",
                "BYLINE_SCHEDULER_EVERY", "1s",
                "BYLINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
                "BYLINE_WEBHOOKS_POLL_INTERVAL", "PT0.2S",
                // Above the request bound (10 s): a connection is idle while its request is worked
                // on, so a shorter timeout would cut slow answers on a loaded machine.
                "QUARKUS_HTTP_IDLE_TIMEOUT", "12S");
        first = PackagedApp.start("first", settings);
        second = PackagedApp.start("second", settings);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static HttpResponse<String> call(String method, String url, Object body, boolean admin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (admin) {
            request.header("Authorization", "Bearer " + PackagedApp.ADMIN_TOKEN);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        // A client per call: the instances close idle connections after 12 s here, and a pooled
        // connection closed at that moment would fail a request that never reached them.
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode created(HttpResponse<String> response) throws Exception {
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldServeOperationsOnTheManagementPortOnly() throws Exception {
        for (PackagedApp app : List.of(first, second)) {
            for (String path : List.of("/q/metrics", "/q/health/ready", "/q/openapi")) {
                HttpResponse<String> main = call("GET", app.url(path), null, false);
                assertEquals(404, main.statusCode(), path + " on the main port");
                assertTrue(main.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertEquals(200, call("GET", app.managementUrl(path), null, false).statusCode(), path);
            }
            assertEquals(200, call("GET", app.url("/api/v1/sections"), null, false).statusCode());
        }
    }

    @Test
    void shouldPublishScheduledItemExactlyOnceAcrossInstances() throws Exception {
        String author = unique("it-author");
        created(call("POST", first.url("/api/v1/authors"), Map.of("name", "IT " + author, "slug", author), true));
        List<String> ids = new ArrayList<>();
        Instant at = Instant.now().plusSeconds(10).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        for (int i = 0; i < 6; i++) {
            ids.add(created(call("POST", (i % 2 == 0 ? first : second).url("/api/v1/posts"), Map.of(
                    "title", unique("Scheduled"), "bodyMarkdown", "Soon.", "authors", List.of(author),
                    "status", "scheduled", "publishAt", at.toString()), true)).get("id").asText());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String id : ids) {
            JsonNode item = null;
            while (System.nanoTime() < deadline) {
                item = JSON.readTree(call("GET", second.url("/api/v1/posts/" + id), null, true).body());
                if ("published".equals(item.path("status").asText())) {
                    break;
                }
                Thread.sleep(250);
            }
            assertEquals("published", item.path("status").asText(), "published within the minute: " + id);
            assertEquals(at.toEpochMilli(), Instant.parse(item.get("publishedAt").asText()).toEpochMilli());
            JsonNode revisions = JSON.readTree(call("GET", first.url("/api/v1/posts/" + id + "/revisions"), null, true)
                    .body()).get("data");
            long publications = 0;
            for (JsonNode revision : revisions) {
                if ("scheduled-publish".equals(revision.path("action").asText())) {
                    publications++;
                }
            }
            assertEquals(1, publications, "one publication of " + id + ": " + revisions);
        }
    }

    @Test
    void shouldDeliverEachWebhookEventExactlyOnceAcrossInstances() throws Exception {
        Map<String, Integer> byDelivery = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Integer> bySubject = new java.util.concurrent.ConcurrentHashMap<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new InetSocketAddress("127.0.0.1", 0), 100);
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String delivery = exchange.getRequestHeaders().getFirst("X-Byline-Delivery");
            byDelivery.merge(delivery, 1, Integer::sum);
            String subject = JSON.readTree(body).path("data").path("id").asText();
            bySubject.merge(subject, 1, Integer::sum);
            try {
                Thread.sleep(100); // a receiver that takes a moment, so both instances poll meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String hook = null;
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            hook = created(call("POST", first.url("/api/v1/webhooks"), Map.of("url", url, "events",
                    List.of("post.published"), "secret", "it-secret-0123456789abcdef"), true)).get("id").asText();
            String author = unique("it-hooked");
            created(call("POST", second.url("/api/v1/authors"), Map.of("name", "IT " + author, "slug", author), true));
            List<String> posts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                posts.add(created(call("POST", (i % 2 == 0 ? first : second).url("/api/v1/posts"), Map.of(
                        "title", unique("Hooked"), "bodyMarkdown", "Sent once.", "authors", List.of(author),
                        "status", "published"), true)).get("id").asText());
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!bySubject.keySet().containsAll(posts) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(bySubject.keySet().containsAll(posts), "every post's event arrived: " + bySubject);
            // Both instances keep polling: nothing may come a second time.
            Thread.sleep(3000);
            for (String post : posts) {
                assertEquals(1, bySubject.get(post), "deliveries of " + post + ": " + bySubject);
            }
            byDelivery.forEach((delivery, times) -> assertEquals(1, times, "delivery " + delivery + " came twice"));
        } finally {
            if (hook != null) {
                call("DELETE", first.url("/api/v1/webhooks/" + hook), null, true);
            }
            receiver.stop(0);
        }
    }

    @Test
    void shouldHoldTheCommentRateLimitAcrossInstances() throws Exception {
        String author = unique("it-commented");
        created(call("POST", first.url("/api/v1/authors"), Map.of("name", "IT " + author, "slug", author), true));
        String post = created(call("POST", first.url("/api/v1/posts"), Map.of("title", unique("Commented"),
                "bodyMarkdown", "Talk.", "authors", List.of(author), "status", "published"), true)).get("id").asText();
        // Both instances see the same client (127.0.0.1): 5 comments a minute in all.
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            PackagedApp app = i % 2 == 0 ? first : second;
            HttpResponse<String> answer = call("POST", app.url("/api/v1/posts/" + post + "/comments"), Map.of(
                    "authorName", "Reader", "authorEmail", unique("r") + "@example.com", "body", "Comment " + i), false);
            if (answer.statusCode() == 201) {
                accepted++;
            } else {
                assertEquals(429, answer.statusCode(), answer.body());
                assertTrue(answer.headers().firstValue("Retry-After").isPresent());
                refused++;
            }
        }
        assertEquals(5, accepted);
        assertEquals(3, refused);
    }

    @Test
    void shouldCloseConnectionsThatNeverFinishTheirRequest() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", first.port), 5000);
                OutputStream out = socket.getOutputStream();
                out.write("GET /api/v1/sections HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                stalled.add(socket);
            }
            // The idle timeout is 12 s here; a generous margin for a loaded machine.
            for (Socket socket : stalled) {
                socket.setSoTimeout(60_000);
                InputStream in = socket.getInputStream();
                try {
                    while (in.read() >= 0) {
                        // whatever the server says before closing
                    }
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a stalled connection was still open after 60 s");
                } catch (java.net.SocketException reset) {
                    // closed by the server
                }
            }
            assertEquals(200, call("GET", first.url("/api/v1/sections"), null, false).statusCode());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }
}
