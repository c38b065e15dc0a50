package dev.byline.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The packaged app ({@code target/quarkus-app}, so for …IT tests) started as a process of its own
 * on a database of its own, for tests that need two sites at once (moving from one to another).
 */
public final class PackagedApp implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;
    private final String token;

    private PackagedApp(Process process, int port, Path log, String token) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.token = token;
    }

    /** Whether the app has been packaged (ITs skip with a reason when it has not). */
    public static void assumePackaged() {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("target", "quarkus-app", "quarkus-run.jar")),
                "no packaged app in target/quarkus-app: run ./mvnw verify");
    }

    /** Drops and creates the database on the suite's PostgreSQL server; its name. */
    public static String freshDatabase(String suffix) {
        String name = System.getProperty("byline.test.database", "byline_test") + "_" + suffix;
        try (Connection connection = DriverManager.getConnection(TestPostgres.url("postgres"), "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the database " + name, e);
        }
        return name;
    }

    /**
     * Starts the app on {@code database} with its media files in {@code mediaDirectory} and the
     * admin token {@code token}; returns once it is ready.
     */
    public static PackagedApp start(String database, Path mediaDirectory, String token, Path work)
            throws IOException, InterruptedException {
        return start(database, mediaDirectory, token, work, List.of());
    }

    /** As {@link #start(String, Path, String, Path)}, with these options for the JVM. */
    public static PackagedApp start(String database, Path mediaDirectory, String token, Path work,
            List<String> jvmOptions) throws IOException, InterruptedException {
        int port = freePort();
        int management = freePort();
        Path log = work.resolve(database + ".log");
        Process process = launch(database, mediaDirectory, token, work, jvmOptions, port, management, log);
        PackagedApp app = new PackagedApp(process, port, log, token);
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the app ended:\n" + app.log());
            }
            if (ready(port) || ready(management)) {
                return app;
            }
            Thread.sleep(300);
        }
        app.close();
        throw new AssertionError("not ready within " + READY_WITHIN + ":\n" + app.log());
    }

    /**
     * Launches the app as a process with these JVM options, its output in {@code log}, and returns
     * at once (for a start that ends by itself, see {@code byline.exit-when-started}).
     */
    public static Process launch(String database, Path mediaDirectory, String token, Path work,
            List<String> jvmOptions, int port, int management, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + management,
                "-Dquarkus.datasource.jdbc.url=" + TestPostgres.url(database),
                "-Dbyline.media.directory=" + mediaDirectory,
                "-Dbyline.admin-token=" + token,
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("BYLINE_"));
        return builder.start();
    }

    /** A request to this app as its admin. */
    public RequestSpecification asAdmin() {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** A request to this app without a token. */
    public RequestSpecification anonymous() {
        return given().port(port);
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean ready(int port) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
