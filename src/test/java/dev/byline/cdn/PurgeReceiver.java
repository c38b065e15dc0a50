package dev.byline.cdn;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback standing for a cache node: it records every purge and answers
 * 200, except to requests naming a key it was told to refuse a number of times.
 */
public final class PurgeReceiver implements AutoCloseable {

    public record Received(String method, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        Set<String> keys() {
            String value = header(PurgeClient.KEYS_HEADER);
            return value == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(value.split(" ")));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "purge-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

    public PurgeReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Answers 503 to the next {@code times} requests that name {@code key}. */
    void refuse(String key, int times) {
        refusals.put(key, new AtomicInteger(times));
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Every key purged so far. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        received.forEach(r -> keys.addAll(r.keys()));
        return keys;
    }

    /** The requests that named {@code key}. */
    List<Received> naming(String key) {
        return received.stream().filter(r -> r.keys().contains(key)).toList();
    }

    /** Waits until every one of {@code keys} was purged (at most {@code timeout}); the keys purged by then. */
    Set<String> await(Set<String> keys, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!keys().containsAll(keys) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return keys();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        Received request = new Received(exchange.getRequestMethod(), headers);
        received.add(request);
        boolean refused = request.keys().stream()
                .map(refusals::get)
                .anyMatch(left -> left != null && left.getAndDecrement() > 0);
        exchange.sendResponseHeaders(refused ? 503 : 200, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
