package dev.byline.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.support.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Varnish (Debian's varnishd with the xkey module, run with the repository's VCL) in front of the
 * packaged app, whose purger points at it: anonymous reads are served from the cache, and after a
 * write through the app the next reads through Varnish are fresh. The app's max-age is an hour
 * here, so only a purge can make a cached copy fresh within the test's bounds.
 */
class VarnishCdnIT {

    private static final Path VARNISHD = Path.of("/usr/sbin/varnishd");
    private static final Path VCL = Path.of("src", "main", "varnish", "byline.vcl");
    /** Bounds for a loaded machine, not expected times. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);
    private static final Duration FRESH_WITHIN = Duration.ofSeconds(60);
    private static final int FIRST_PORT = 18300;
    private static final int LAST_PORT = 18399;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TOKEN = "byl_" + random();
    private static final String SECRET = random();

    private static Path work;
    private static Process app;
    private static Process varnish;
    private static int appPort;
    private static int cachePort;

    @BeforeAll
    static void start() throws Exception {
        Path packaged = Path.of("target", "quarkus-app", "quarkus-run.jar");
        Assumptions.assumeTrue(Files.isRegularFile(packaged), "no packaged app in target/quarkus-app: run ./mvnw verify");
        if (!Files.isExecutable(VARNISHD) || !xkeyInstalled()) {
            throw new IllegalStateException(VARNISHD + " or the xkey module is missing: install the Debian packages "
                    + "varnish and varnish-modules (.ci/run does so when they are missing)");
        }
        work = Files.createTempDirectory("byline-varnish-it");
        // A database of its own, new each run: the admin token works only on a first start.
        try (Connection connection = DriverManager.getConnection(TestPostgres.url("postgres"), "postgres", "");
                Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database() + " WITH (FORCE)");
        }
        List<Integer> ports = freePorts(3);
        appPort = ports.get(0);
        cachePort = ports.get(1);
        int managementPort = ports.get(2);

        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + work,
                "-Dquarkus.http.port=" + appPort,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.datasource.jdbc.url=" + TestPostgres.url(database()),
                "-Dbyline.admin-token=" + TOKEN,
                "-Dbyline.media.directory=" + work.resolve("media"),
                "-Dbyline.cache.max-age=PT1H",
                "-Dbyline.cdn.purge-urls=http://127.0.0.1:" + cachePort + "/",
                "-Dbyline.cdn.purge-secret=" + SECRET,
                "-jar", packaged.toAbsolutePath().toString());
        ProcessBuilder appBuilder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("app.log").toFile());
        appBuilder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("BYLINE_"));
        app = appBuilder.start();
        // Health is served on the management port in the packaged app.
        awaitUp(app, "http://127.0.0.1:" + managementPort + "/q/health/ready", work.resolve("app.log"));

        String vcl = Files.readString(VCL, StandardCharsets.UTF_8);
        String backend = ".port = \"8080\";";
        assertEquals(1, vcl.split(java.util.regex.Pattern.quote(backend), -1).length - 1, "the VCL names the app's port once");
        Files.writeString(work.resolve("byline.vcl"), vcl.replace(backend, ".port = \"" + appPort + "\";"));
        ProcessBuilder varnishBuilder = new ProcessBuilder(VARNISHD.toString(), "-F", "-j", "none",
                "-n", work.resolve("varnish").toString(), "-a", "127.0.0.1:" + cachePort, "-T", "none",
                "-f", work.resolve("byline.vcl").toString(), "-s", "malloc,64m")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("varnish.log").toFile());
        varnishBuilder.environment().put("BYLINE_PURGE_SECRET", SECRET);
        varnish = varnishBuilder.start();
        awaitUp(varnish, cache("/api/v1/recent"), work.resolve("varnish.log"));
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process process : new Process[] {varnish, app}) {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void shouldServeARepeatedAnonymousReadFromTheCacheAndAnswer304FromIt() throws Exception {
        Item item = publish("Cached story");
        String path = "/api/v1/articles/slug/" + item.slug;

        long began = System.nanoTime();
        HttpResponse<String> first = get(cache(path));
        long missNanos = System.nanoTime() - began;
        HttpResponse<String> second = get(cache(path));

        assertEquals(200, first.statusCode());
        assertEquals("MISS", first.headers().firstValue("X-Cache").orElse(null));
        assertEquals(200, second.statusCode());
        assertEquals("HIT", second.headers().firstValue("X-Cache").orElse(null));
        assertNotNull(second.headers().firstValue("Age").orElse(null));
        assertEquals(first.body(), second.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, second.headers().firstValue("ETag").orElse(null));
        assertTrue(second.headers().firstValue("Surrogate-Key").orElse("").contains("article:" + item.id));
        assertTrue(second.headers().firstValue("xkey").isEmpty(), "the cache's own tag header stays inside");

        HttpResponse<String> revalidated = send(HttpRequest.newBuilder(URI.create(cache(path)))
                .header("If-None-Match", etag).GET().build());
        assertEquals(304, revalidated.statusCode());
        assertEquals("HIT", revalidated.headers().firstValue("X-Cache").orElse(null));
        assertEquals(etag, revalidated.headers().firstValue("ETag").orElse(null));

        figures(path, missNanos);
    }

    @Test
    void shouldServeFreshReadsThroughTheCacheAfterEachWriteThroughTheApp() throws Exception {
        Item item = publish("Before the edit");
        String byId = "/api/v1/articles/" + item.id;
        String list = "/api/v1/articles?section=" + item.section;
        for (String path : List.of(byId, list, byId, list)) {
            get(cache(path));
        }
        assertEquals("HIT", get(cache(byId)).headers().firstValue("X-Cache").orElse(null));
        assertEquals("HIT", get(cache(list)).headers().firstValue("X-Cache").orElse(null));

        write("PATCH", byId, Map.of("title", "After the edit"));
        long written = System.nanoTime();
        HttpResponse<String> edited = awaitThroughCache(byId, r -> r.statusCode() == 200
                && "After the edit".equals(field(r, "title")));
        System.out.printf("[VarnishCdnIT] the edit read fresh through Varnish %d ms after the PATCH answered "
                + "(reads every 50 ms)%n", (System.nanoTime() - written) / 1_000_000);
        assertEquals("MISS", edited.headers().firstValue("X-Cache").orElse(null), "fetched again after the purge");
        awaitThroughCache(list, r -> r.body().contains("After the edit"));

        write("PATCH", byId, Map.of("status", "draft"));
        awaitThroughCache(byId, r -> r.statusCode() == 404);
        awaitThroughCache(list, r -> r.statusCode() == 200 && !r.body().contains(item.id));

        write("PATCH", byId, Map.of("status", "published"));
        awaitThroughCache(byId, r -> r.statusCode() == 200);
        awaitThroughCache(list, r -> r.body().contains(item.id));

        write("DELETE", byId, null);
        awaitThroughCache(byId, r -> r.statusCode() == 404);
        awaitThroughCache(list, r -> r.statusCode() == 200 && !r.body().contains(item.id));
    }

    @Test
    void shouldKeepTheCachedCopyWhenAWriteFails() throws Exception {
        Item kept = publish("Kept in the cache");
        Item other = publish("Edited meanwhile");
        String keptPath = "/api/v1/articles/" + kept.id;
        String otherPath = "/api/v1/articles/" + other.id;
        for (String path : List.of(keptPath, otherPath, keptPath, otherPath)) {
            get(cache(path));
        }

        assertEquals(412, send(authorized("PATCH", keptPath, Map.of("title", "Stale"))
                .header("If-Match", "\"" + kept.id + "-v0\"").build()).statusCode());
        assertEquals(400, send(authorized("PATCH", keptPath, Map.of("status", "live")).build()).statusCode());
        // A later write's purge comes through: one for the failed writes would have come first.
        write("PATCH", otherPath, Map.of("title", "Edited"));
        awaitThroughCache(otherPath, r -> "Edited".equals(field(r, "title")));

        HttpResponse<String> still = get(cache(keptPath));
        assertEquals("HIT", still.headers().firstValue("X-Cache").orElse(null));
        assertEquals("Kept in the cache", field(still, "title"));
    }

    @Test
    void shouldPassRequestsWithATokenOrACookie() throws Exception {
        Item item = publish("Read by an editor");
        String path = "/api/v1/articles/" + item.id;
        get(cache(path));

        HttpResponse<String> editor = send(HttpRequest.newBuilder(URI.create(cache(path)))
                .header("Authorization", "Bearer " + TOKEN).GET().build());
        assertEquals(200, editor.statusCode());
        assertEquals("PASS", editor.headers().firstValue("X-Cache").orElse(null));
        assertTrue(editor.headers().firstValue("Cache-Control").orElse("").contains("private"));

        HttpResponse<String> withCookie = send(HttpRequest.newBuilder(URI.create(cache(path)))
                .header("Cookie", "session=1").GET().build());
        assertEquals("PASS", withCookie.headers().firstValue("X-Cache").orElse(null));
    }

    @Test
    void shouldTakePurgesOnlyFromAllowedAddressesWithTheSecret() throws Exception {
        Item item = publish("Purged by hand");
        String path = "/api/v1/articles/" + item.id;
        get(cache(path));
        String key = "article:" + item.id;

        assertEquals(403, purge("127.0.0.2", key, SECRET), "an address outside the ACL");
        assertEquals(403, purge("127.0.0.1", key, null), "no secret");
        assertEquals(403, purge("127.0.0.1", key, "not-the-secret"), "a wrong secret");
        assertEquals("HIT", get(cache(path)).headers().firstValue("X-Cache").orElse(null));

        assertEquals(200, purge("127.0.0.1", key, SECRET));
        assertEquals("MISS", get(cache(path)).headers().firstValue("X-Cache").orElse(null));
    }

    /** One PURGE over a connection from {@code from}; the status code. */
    private static int purge(String from, String keys, String secret) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), cachePort, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(10_000);
            String request = "PURGE / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + PurgeClient.KEYS_HEADER + ": " + keys + "\r\n"
                    + (secret == null ? "" : "X-Purge-Secret: " + secret + "\r\n") + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(answer.substring(9, 12));
        }
    }

    /** Prints what a hit saves; a figure for the README, not an assertion. */
    private static void figures(String path, long missNanos) throws Exception {
        int n = 500;
        long began = System.nanoTime();
        for (int i = 0; i < n; i++) {
            get(cache(path));
        }
        double hitMillis = (System.nanoTime() - began) / 1e6 / n;
        began = System.nanoTime();
        for (int i = 0; i < n; i++) {
            get("http://127.0.0.1:" + appPort + path);
        }
        double appMillis = (System.nanoTime() - began) / 1e6 / n;
        System.out.printf("[VarnishCdnIT] first read (miss) %.1f ms; then %d sequential reads: %.2f ms each through "
                + "Varnish (hits), %.2f ms each from the app directly%n", missNanos / 1e6, n, hitMillis, appMillis);
    }

    private record Item(String id, String slug, String section) {
    }

    private static Item publish(String title) throws Exception {
        String section = "s-" + UUID.randomUUID().toString().substring(0, 8);
        String author = "a-" + UUID.randomUUID().toString().substring(0, 8);
        write("POST", "/api/v1/sections", Map.of("name", section, "slug", section));
        write("POST", "/api/v1/authors", Map.of("name", "Author " + author, "slug", author));
        JsonNode created = JSON.readTree(write("POST", "/api/v1/articles", Map.of("title", title,
                "bodyMarkdown", "Some text.", "authors", List.of(author), "section", section,
                "status", "published")).body());
        awaitPurgesSent();
        return new Item(created.get("id").asText(), created.get("slug").asText(), section);
    }

    /**
     * Waits until the purger has sent everything committed so far, so that a purge of an earlier
     * write cannot land between a test's reads.
     */
    private static void awaitPurgesSent() throws Exception {
        long deadline = System.nanoTime() + FRESH_WITHIN.toNanos();
        try (Connection connection = DriverManager.getConnection(TestPostgres.url(database()), "postgres", "");
                PreparedStatement pending = connection.prepareStatement("SELECT count(*) FROM cdn_purges")) {
            while (true) {
                try (ResultSet rows = pending.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        return;
                    }
                }
                assertTrue(System.nanoTime() < deadline, "purges still pending after " + FRESH_WITHIN);
                Thread.sleep(50);
            }
        }
    }

    private static String database() {
        return System.getProperty("byline.test.database", "byline_test") + "_varnish";
    }

    /** A write through the app itself (not the cache), which must succeed. */
    private static HttpResponse<String> write(String method, String path, Object body) throws Exception {
        HttpResponse<String> response = send(authorized(method, path, body).build());
        assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.statusCode() + " "
                + response.body());
        return response;
    }

    private static HttpRequest.Builder authorized(String method, String path, Object body) throws IOException {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + path))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    }

    private static HttpResponse<String> awaitThroughCache(String path, Predicate<HttpResponse<String>> fresh)
            throws Exception {
        long deadline = System.nanoTime() + FRESH_WITHIN.toNanos();
        HttpResponse<String> response = get(cache(path));
        while (!fresh.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(cache(path));
        }
        HttpResponse<String> last = response;
        assertTrue(fresh.test(last), () -> "still stale through the cache after " + FRESH_WITHIN + ": " + path + " "
                + last.statusCode() + " " + last.headers().map() + " " + last.body());
        return last;
    }

    private static String field(HttpResponse<String> response, String name) {
        try {
            JsonNode node = JSON.readTree(response.body()).get(name);
            return node == null ? null : node.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private static String cache(String path) {
        return "http://127.0.0.1:" + cachePort + path;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitUp(Process process, String url, Path log) throws Exception {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), () -> "ended before it was up:\n" + read(log));
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not up within " + READY_WITHIN + ": " + url + "\n" + read(log));
    }

    /** Free ports in this suite's range (18300-18399). */
    private static List<Integer> freePorts(int count) {
        List<Integer> ports = new ArrayList<>();
        for (int port = FIRST_PORT; port <= LAST_PORT && ports.size() < count; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                ports.add(port);
            } catch (IOException taken) {
                // try the next
            }
        }
        if (ports.size() < count) {
            throw new UncheckedIOException(new IOException("no " + count + " free ports in " + FIRST_PORT + "-" + LAST_PORT));
        }
        return ports;
    }

    /** Debian keeps modules under /usr/lib/<architecture>/varnish/vmods. */
    private static boolean xkeyInstalled() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("/usr/lib"))) {
            return dirs.anyMatch(dir -> Files.isRegularFile(dir.resolve("varnish/vmods/libvmod_xkey.so")));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
