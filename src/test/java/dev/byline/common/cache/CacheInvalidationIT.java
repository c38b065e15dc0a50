package dev.byline.common.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.TestPostgres;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged app instances on one database, each keeping public answers in memory: a write
 * through one is seen through the other (its kept answer is dropped by the database's
 * notification on commit), and a write the listener could not hear (its connection was cut)
 * is seen as well, because the cache serves nothing until it listens again and then starts
 * empty. A kept answer is recognisable by {@code X-Statement-Count: 0} (no query ran).
 *
 * <p>The notification reaches the other instance a moment after the commit, concurrently with
 * the writer's answer; the reads below are repeated until they see the write (within a generous
 * limit) instead of racing that moment, and they would wait forever without invalidation, as a
 * kept answer never expires by itself.
 */
class CacheInvalidationIT {

    private static final String TOKEN = "byl_cache-it-0123456789abcdefghijklmnopqrstuvwxyz";
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static String database;
    private static Path work;
    private static final List<Process> started = new ArrayList<>();
    /** Each instance's management port (health, metrics), by its HTTP port. */
    private static final Map<Integer, Integer> management = new HashMap<>();
    private static int portA;
    private static int portB;
    private static String author;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no packaged app in target/quarkus-app: run ./mvnw verify");
        database = System.getProperty("byline.test.database", "byline_test") + "_cache_it";
        sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        work = Files.createTempDirectory("byline-cache-it");
        portA = start(jar, "a.log");
        portB = start(jar, "b.log");
        author = given().port(portA).header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "Cache Reporter")).post("/api/v1/authors").then().statusCode(201)
                .extract().path("slug");
    }

    @AfterAll
    static void stopBoth() throws Exception {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        if (database != null) {
            sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void shouldShowAWriteThroughOneInstanceOnTheNextReadsThroughTheOther() {
        String id = publish("Cache story one");
        String path = "/api/v1/articles/" + id;
        Response first = keptOn(portB, path);
        assertEquals("Cache story one", first.path("title"));
        String oldTag = first.header("ETag");

        given().port(portA).header("Authorization", "Bearer " + TOKEN).contentType("application/merge-patch+json")
                .header("If-Match", oldTag).body(Map.of("title", "Cache story one, corrected"))
                .patch(path).then().statusCode(200);

        Response fresh = readUntil(portB, path, r -> "Cache story one, corrected".equals(r.path("title")));
        assertNotEquals(oldTag, fresh.header("ETag"));
        // A client revalidating its old copy through B gets the new one, not a 304.
        given().port(portB).header("If-None-Match", oldTag).get(path).then().statusCode(200)
                .header("ETag", fresh.header("ETag"));
        // And the fresh answer is kept again: the channel is still up.
        keptOn(portB, path);

        // Lists are dropped too: unpublishing through B takes the item out of A's list.
        assertTrue(keptOn(portA, "/api/v1/articles").<List<String>>path("data.id").contains(id));
        given().port(portB).header("Authorization", "Bearer " + TOKEN).contentType("application/merge-patch+json")
                .body(Map.of("status", "draft")).patch(path).then().statusCode(200);
        readUntil(portA, "/api/v1/articles", r -> !r.<List<String>>path("data.id").contains(id));
        readUntil(portA, path, r -> r.statusCode() == 404);
    }

    @Test
    void shouldNotServeAKeptAnswerAfterAWriteItsListenerMissed() throws Exception {
        String id = publish("Cache story two");
        String path = "/api/v1/articles/" + id;
        keptOn(portB, path);

        // Cut every listening connection on the database and write in the same breath, behind the
        // apps' backs: the notification of this write may reach no listener at all.
        sql(database, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND pid <> pg_backend_pid() AND (query LIKE 'LISTEN%' OR query LIKE '%published_at > now()%' "
                + "OR query = 'SELECT 1')",
                "UPDATE content_items SET title = 'Cache story two, by hand', version = version + 1 WHERE id = '"
                        + id + "'");

        readUntil(portB, path, r -> "Cache story two, by hand".equals(r.path("title")));
        // Once the listener is back, answers are kept again.
        keptOn(portB, path);
    }

    @Test
    void shouldTreatAKeptAnswerAsTheEndpointWouldInCorsTokensAndMetrics() {
        String id = publish("Cache story three");
        String path = "/api/v1/articles/" + id;
        keptOn(portB, path);

        // Kept answers are served before authentication; they are anonymous, and a presented
        // token is still checked (a broken one is refused, not answered from memory).
        given().port(portB).header("Origin", "https://news.example").get(path).then().statusCode(200)
                .header("X-Statement-Count", "0").header("Access-Control-Allow-Origin", "*");
        given().port(portB).header("Authorization", "Bearer byl_not-a-token-0123456789abcdefghijklmn").get(path)
                .then().statusCode(401);

        // The HTTP metrics count hits under the endpoint's path template, not one series per item.
        String metrics = given().port(management.get(portB)).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("http_server_requests_seconds_count")
                && line.contains("uri=\"/api/v1/articles/{id}\"")), metrics);
        assertFalse(metrics.contains(id), "a series named after one item:\n" + metrics);
    }

    private static String publish(String title) {
        return given().port(portA).header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON)
                .body(Map.of("title", title, "bodyMarkdown", "Body of " + title, "status", "published",
                        "authors", List.of(author)))
                .post("/api/v1/articles").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** Reads until the answer comes from the instance's memory (no statement), and returns it. */
    private static Response keptOn(int port, String path) {
        return readUntil(port, path, r -> r.statusCode() == 200 && "0".equals(r.header("X-Statement-Count")));
    }

    private static Response readUntil(int port, String path, Predicate<Response> wanted) {
        long deadline = System.nanoTime() + SEEN_WITHIN.toNanos();
        Response last;
        do {
            last = given().port(port).get(path);
            if (wanted.test(last)) {
                return last;
            }
            sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("GET " + path + " on port " + port + " never gave the expected answer; last: "
                + last.statusCode() + " " + last.headers() + "\n" + last.asString());
    }

    private static int start(Path jar, String logName) throws Exception {
        int port = freePort();
        // Health is served on the management port in the packaged app; each instance needs its own.
        int managementPort = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort, "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.datasource.jdbc.url=" + TestPostgres.url(database),
                "-Dbyline.admin-token=" + TOKEN, "-Dbyline.debug.statement-count-header=true",
                "-jar", jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(logName).toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("BYLINE_"));
        Process process = builder.start();
        started.add(process);
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), () -> "the app ended:\n" + read(work.resolve(logName)));
            if (ready(managementPort)) {
                management.put(port, managementPort);
                return port;
            }
            sleep(200);
        }
        throw new AssertionError("not ready within " + READY_WITHIN + ":\n" + read(work.resolve(logName)));
    }

    private static void sql(String db, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestPostgres.url(db), "postgres", null);
                Statement statement = connection.createStatement()) {
            for (String each : statements) {
                statement.execute(each);
            }
        }
    }

    private static boolean ready(int port) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
