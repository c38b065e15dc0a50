package dev.byline.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.byline.support.OpenApiContract;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A real HTTP server on loopback that records what webhooks POST to it. Its answer to the
 * n-th request (from 1) is {@code statusFor(n)}; {@link #HANG} means it reads the request and
 * never answers.
 */
final class Receiver implements AutoCloseable {

    static final int HANG = -1;

    record Received(int number, Instant at, String method, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "webhook-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final IntUnaryOperator statusFor;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final boolean checkContract;

    private Receiver(IntUnaryOperator statusFor) throws IOException {
        this(statusFor, true);
    }

    private Receiver(IntUnaryOperator statusFor, boolean checkContract) throws IOException {
        this.statusFor = statusFor;
        this.checkContract = checkContract;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Answers the n-th request (from 1) with {@code statusFor.applyAsInt(n)}, or hangs on {@link #HANG}. */
    static Receiver of(IntUnaryOperator statusFor) throws IOException {
        return new Receiver(statusFor);
    }

    static Receiver answering(int status) throws IOException {
        return new Receiver(n -> status);
    }

    /**
     * For tests of the HTTP client alone (address pinning, timeouts) that send a hand-made body
     * instead of a delivery the app built: the body is not held to the document's webhooks.
     */
    static Receiver transportOnly(int status) throws IOException {
        return new Receiver(n -> status, false);
    }

    static Receiver failingTimes(int failures, int failureStatus) throws IOException {
        return new Receiver(n -> n <= failures ? failureStatus : 204);
    }

    static Receiver hanging() throws IOException {
        return new Receiver(n -> HANG);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/byline";
    }

    /** What arrived; fails when a delivery did not match the OpenAPI document's webhooks. */
    List<Received> received() {
        if (!violations.isEmpty()) {
            throw new AssertionError("A delivery does not match the webhooks of openapi/openapi.json:\n  - "
                    + String.join("\n  - ", violations));
        }
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} requests arrived; what arrived by then. */
    List<Received> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return received();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        int number = calls.incrementAndGet();
        received.add(new Received(number, Instant.now(), exchange.getRequestMethod(), headers, body));
        if (checkContract) {
            violations.addAll(OpenApiContract.committed().webhookViolations(headers.getOrDefault("x-byline-event", "?"),
                    new String(body, StandardCharsets.UTF_8)));
        }
        int status = statusFor.applyAsInt(number);
        if (status == HANG) {
            try {
                closing.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    static List<String> deliveryIds(List<Received> received) {
        List<String> ids = new ArrayList<>();
        received.forEach(r -> ids.add(r.header("X-Byline-Delivery")));
        return ids;
    }
}
