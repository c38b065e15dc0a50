package dev.byline.webhook;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.persistence.Times;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes one attempt: checks the target again (its name may resolve elsewhere by now), then
 * POSTs the stored bytes, signed, to the very address that was checked — the host name stays
 * in the Host header, in SNI and in the certificate check, so DNS rebinding between check and
 * connection cannot send the request anywhere else. Waits at most the configured timeout to
 * connect and again to be answered. Redirects are not followed: a 3xx is a failed attempt.
 */
@Singleton
public class WebhookClient {

    static final String USER_AGENT = "Byline-Webhooks/1.0";

    @Inject
    BylineConfig config;

    @Inject
    TargetGuard guard;

    @Inject
    Vertx vertx;

    private HttpClient http;
    private Duration timeout;

    public WebhookClient() {
    }

    /** For tests that drive the client without the container. */
    WebhookClient(Vertx vertx, TargetGuard guard, Duration timeout) {
        this.vertx = vertx;
        this.guard = guard;
        this.timeout = timeout;
        this.http = createClient();
    }

    @PostConstruct
    void init() {
        timeout = config.webhooks().timeout();
        http = createClient();
    }

    private HttpClient createClient() {
        return vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxRedirects(0));
    }

    @PreDestroy
    void close() {
        if (http != null) {
            http.close();
        }
    }

    public AttemptResult send(ClaimedDelivery delivery) {
        Instant at = Times.now();
        long start = System.nanoTime();
        TargetGuard.Target target;
        try {
            target = guard.resolve(delivery.url());
        } catch (TargetGuard.RefusedTarget refused) {
            return new AttemptResult(at, null, "refused: " + refused.getMessage(), elapsedMillis(start));
        }
        URI uri = target.uri();
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, target.address().getHostAddress()))
                .setHost(uri.getHost())
                .setPort(port)
                .setSsl(tls)
                .setURI(path)
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .setHeaders(MultiMap.caseInsensitiveMultiMap()
                        .add("Content-Type", "application/json")
                        .add("User-Agent", USER_AGENT)
                        .add("X-Byline-Event", delivery.event())
                        .add("X-Byline-Delivery", delivery.id().toString())
                        .add("X-Byline-Signature", Signatures.sign(delivery.secret(), delivery.body())));
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Future<Integer> status = http.request(options).compose(request -> {
            sent.set(request);
            return request.send(Buffer.buffer(delivery.body()));
        }).compose(response -> response.body().map(ignored -> response.statusCode()));
        CompletableFuture<Integer> answer = status.toCompletionStage().toCompletableFuture();
        try {
            // The idle timeout covers connecting and waiting for the answer; this bound also
            // covers a body that trickles in forever.
            int code = answer.get(timeout.multipliedBy(2).plusMillis(250).toMillis(), TimeUnit.MILLISECONDS);
            return new AttemptResult(at, code, null, elapsedMillis(start));
        } catch (TimeoutException e) {
            reset(sent);
            return new AttemptResult(at, null, "timed out after " + elapsedMillis(start) + " ms", elapsedMillis(start));
        } catch (InterruptedException e) {
            reset(sent);
            Thread.currentThread().interrupt();
            throw new SendInterrupted();
        } catch (ExecutionException e) {
            return new AttemptResult(at, null, describe(e.getCause()), elapsedMillis(start));
        }
    }

    private static void reset(AtomicReference<HttpClientRequest> sent) {
        HttpClientRequest request = sent.get();
        if (request != null) {
            request.reset();
        }
    }

    /**
     * The send was cut short by a shutdown: it is no attempt of the receiver's, so nothing is
     * recorded, and the delivery goes again when its lease runs out.
     */
    static final class SendInterrupted extends RuntimeException {
        SendInterrupted() {
            super("interrupted", null, false, false);
        }
    }

    private String describe(Throwable failure) {
        String kind = failure == null ? "unknown failure" : failure.getClass().getSimpleName();
        if (failure instanceof io.netty.channel.ConnectTimeoutException) {
            return "connect timed out after " + timeout.toMillis() + " ms";
        }
        if (failure instanceof TimeoutException || kind.contains("Timeout")) {
            return "timed out after " + timeout.toMillis() + " ms";
        }
        if (failure instanceof ConnectException) {
            return "could not connect" + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        String message = failure == null ? null : failure.getMessage();
        return message == null ? kind : kind + ": " + message;
    }

    private static int elapsedMillis(long start) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
}
