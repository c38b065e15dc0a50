package dev.byline.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sender connects to the address the guard checked, never to a second lookup of the name
 * (DNS rebinding): a name only the guard can resolve still reaches the receiver, with the
 * name in the Host header.
 */
class WebhookPinningTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private static ClaimedDelivery delivery(String url) {
        return new ClaimedDelivery(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "article.published",
                "{\"event\":\"article.published\"}".getBytes(StandardCharsets.UTF_8), 0, url, "whsec-0123456789abcdef", 1);
    }

    @Test
    void shouldConnectToTheCheckedAddressAndKeepTheHostName() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        TargetGuard guard = new TargetGuard(true, host -> {
            lookups.incrementAndGet();
            if (host.equals("hooks.rebind.test")) {
                return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            }
            throw new UnknownHostException(host);
        });
        try (Receiver receiver = Receiver.transportOnly(204)) {
            int port = Integer.parseInt(receiver.url().replaceAll("^http://127\\.0\\.0\\.1:(\\d+)/.*$", "$1"));
            WebhookClient client = new WebhookClient(vertx, guard, Duration.ofSeconds(5));
            AttemptResult result = client.send(delivery("http://hooks.rebind.test:" + port + "/hooks/byline?x=1"));
            assertEquals(204, result.statusCode(), String.valueOf(result.error()));
            List<Receiver.Received> got = receiver.received();
            assertEquals(1, got.size());
            assertEquals("hooks.rebind.test:" + port, got.get(0).header("Host"));
            assertEquals(1, lookups.get(), "the name is looked up once, by the guard");
        }
    }

    @Test
    void shouldNotConnectWhenTheNameResolvesToAPrivateAddress() throws Exception {
        TargetGuard guard = new TargetGuard(false, host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
        try (Receiver receiver = Receiver.transportOnly(204)) {
            int port = Integer.parseInt(receiver.url().replaceAll("^http://127\\.0\\.0\\.1:(\\d+)/.*$", "$1"));
            WebhookClient client = new WebhookClient(vertx, guard, Duration.ofSeconds(5));
            AttemptResult result = client.send(delivery("http://hooks.rebind.test:" + port + "/hooks/byline"));
            assertTrue(result.error().startsWith("refused:"), result.error());
            assertEquals(0, receiver.received().size());
        }
    }
}
