package dev.byline.common.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged app on a machine where no PostgreSQL answers: with the embedded setting on it
 * starts its own server (as an unprivileged user, as PostgreSQL requires), loads the demo
 * newsroom and keeps its data across a restart; in production it stops at once with one
 * message. The "default address" is a port nothing listens on, so the machine's own
 * PostgreSQL (which CI has) does not matter.
 */
class EmbeddedStartIT {

    private static final String RUN_AS = "byline-it";
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Path work;
    private Path app;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void prepare() throws Exception {
        Path packaged = Path.of("target", "quarkus-app");
        Assumptions.assumeTrue(Files.isRegularFile(packaged.resolve("quarkus-run.jar")),
                "no packaged app in target/quarkus-app: run ./mvnw verify");
        work = Files.createTempDirectory("byline-embedded-it");
        app = work.resolve("app");
        copyTree(packaged, app);
        Files.createDirectories(work.resolve("tmp"));
        if (EmbeddedPostgresServer.isRoot()) {
            String reason = unprivilegedUserMissing();
            if (reason != null) {
                System.out.println("[EmbeddedStartIT] skipped: " + reason);
                Assumptions.abort(reason);
            }
            run("chown", "-R", RUN_AS + ":" + RUN_AS, work.toString());
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process process : started) {
            stop(process);
        }
        if (work != null) {
            // A server a failed run left behind: end it by its own pid, then remove everything.
            try (Stream<Path> files = Files.walk(work)) {
                files.filter(path -> path.getFileName().toString().equals("postmaster.pid")).forEach(EmbeddedStartIT::endServer);
            }
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void shouldStartOnAnEmbeddedServerAndKeepItsDataWhenNoServerAnswers() throws Exception {
        Path embedded = work.resolve("embedded-postgres");
        String token = "byl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        List<String> settings = List.of(
                "-Dbyline.database.embedded=auto",
                "-Dbyline.database.embedded-directory=" + embedded,
                "-Dbyline.database.default-address=127.0.0.1:" + freePort(),
                "-Dbyline.demo.enabled=true",
                "-Dbyline.admin-token=" + token);

        long began = System.nanoTime();
        Running first = start(settings, "first.log");
        System.out.printf("[EmbeddedStartIT] first start (extract, initdb, migrate, demo) ready after %d ms%n",
                Duration.ofNanos(System.nanoTime() - began).toMillis());
        String log = first.log();
        assertTrue(log.contains("Database: embedded PostgreSQL at jdbc:postgresql://localhost:"), log);
        assertTrue(log.contains("data in " + embedded.resolve("data")), log);

        List<String> recent = given().port(first.port).get("/api/v1/recent")
                .then().statusCode(200).extract().path("data.id");
        assertEquals(6, recent.size(), "the demo newsroom's six recent posts");
        String slug = "kept-" + System.nanoTime();
        given().port(first.port).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", "Kept across restarts", "slug", slug))
                .post("/api/v1/sections").then().statusCode(201);

        first.stop();
        assertFalse(Files.exists(embedded.resolve("data").resolve("postmaster.pid")),
                "the embedded server stops with the app");

        began = System.nanoTime();
        Running second = start(settings, "second.log");
        System.out.printf("[EmbeddedStartIT] restart ready after %d ms%n", Duration.ofNanos(System.nanoTime() - began).toMillis());
        assertFalse(second.log().contains("Created database"), "the restart finds its database");
        given().port(second.port).get("/api/v1/recent").then().statusCode(200).body("data.id", equalTo(recent));
        given().port(second.port).get("/api/v1/sections/slug/" + slug).then().statusCode(200)
                .body("name", equalTo("Kept across restarts"));
        second.stop();
        assertFalse(Files.exists(embedded.resolve("data").resolve("postmaster.pid")));
    }

    @Test
    void shouldStopAtOnceWithOneMessageWhenNoDatabaseAnswersInProduction() throws Exception {
        Path embedded = work.resolve("embedded-postgres");
        int closed = freePort();
        Process process = launch(List.of(
                "-Dbyline.database.embedded-directory=" + embedded,
                "-Dbyline.database.default-address=127.0.0.1:" + closed), freePort(), freePort(), "prod.log");
        assertTrue(process.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS), "the start ends by itself");
        String log = Files.readString(work.resolve("prod.log"), StandardCharsets.UTF_8);
        assertNotEquals(0, process.exitValue(), log);
        String message = "No PostgreSQL server answers at 127.0.0.1:" + closed;
        assertEquals(1, occurrences(log, message), log);
        assertTrue(log.contains("byline.database.embedded=never") && log.contains("QUARKUS_DATASOURCE_JDBC_URL"), log);
        assertFalse(log.contains("Exception") || log.contains("\tat "), "no stack trace:\n" + log);
        assertFalse(Files.exists(embedded), "no embedded server in production");
    }

    @Test
    void shouldStopAtOnceWithOneMessageWhenTheConfiguredDatabaseDoesNotAnswer() throws Exception {
        Path embedded = work.resolve("embedded-postgres");
        int closed = freePort();
        Process process = launch(List.of(
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + closed + "/byline",
                "-Dbyline.database.embedded=auto",
                "-Dbyline.database.embedded-directory=" + embedded), freePort(), freePort(), "configured.log");
        assertTrue(process.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS), "the start ends by itself");
        String log = Files.readString(work.resolve("configured.log"), StandardCharsets.UTF_8);
        assertNotEquals(0, process.exitValue(), log);
        assertEquals(1, occurrences(log, "the database server at 127.0.0.1:" + closed + " does not answer"), log);
        assertFalse(log.contains("Exception") || log.contains("\tat "), "no stack trace:\n" + log);
        assertFalse(Files.exists(embedded), "a configured URL is used as it is, even with the embedded setting on");
    }

    private record Running(Process process, int port, Path logFile) {
        String log() throws IOException {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        }

        void stop() throws InterruptedException {
            EmbeddedStartIT.stop(process);
            assertTrue(process.exitValue() == 0 || process.exitValue() == 143, "exit code " + process.exitValue());
        }
    }

    private Running start(List<String> settings, String logName) throws Exception {
        int port = freePort();
        int management = freePort();
        Process process = launch(settings, port, management, logName);
        Path logFile = work.resolve(logName);
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), () -> "the app ended:\n" + read(logFile));
            if (ready(port) || ready(management)) {
                return new Running(process, port, logFile);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + READY_WITHIN + ":\n" + read(logFile));
    }

    private Process launch(List<String> settings, int port, int management, String logName) throws IOException {
        List<String> command = new ArrayList<>();
        if (EmbeddedPostgresServer.isRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + RUN_AS, "--regid=" + RUN_AS, "--clear-groups", "--"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + work.resolve("tmp"));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + management);
        command.addAll(settings);
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve(logName).toFile());
        builder.environment().put("HOME", work.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("BYLINE_"));
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static boolean ready(int port) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void endServer(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(server -> {
                server.destroy();
                server.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> {
                    server.destroyForcibly();
                    return server;
                }).join();
            });
        } catch (IOException | RuntimeException e) {
            System.out.println("[EmbeddedStartIT] could not end the server of " + pidFile + ": " + e.getMessage());
        }
    }

    /** Null when the unprivileged account exists (created here when missing), else why it cannot. */
    private static String unprivilegedUserMissing() {
        try {
            if (run("id", "-u", RUN_AS) == 0) {
                return null;
            }
            int created = run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", RUN_AS);
            // 9: another run created it at the same moment
            if (created != 0 && created != 9) {
                return "running as root and useradd could not create the unprivileged user " + RUN_AS + " (exit " + created + ")";
            }
            return run("setpriv", "--version") == 0 ? null : "running as root and setpriv is not available";
        } catch (IOException e) {
            return "running as root and cannot create or switch to an unprivileged user: " + e.getMessage();
        }
    }

    private static int run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
