package dev.byline.webhook;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.persistence.Times;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes one attempt: checks the target again (its name may resolve elsewhere by now), then
 * POSTs the stored bytes, signed, and waits at most the configured timeout to connect and
 * again to be answered. Redirects are not followed: a 3xx is a failed attempt.
 */
@Singleton
public class WebhookClient {

    static final String USER_AGENT = "Byline-Webhooks/1.0";

    @Inject
    BylineConfig config;

    @Inject
    TargetGuard guard;

    private HttpClient http;
    private Duration timeout;

    @PostConstruct
    void init() {
        timeout = config.webhooks().timeout();
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    public AttemptResult send(ClaimedDelivery delivery) {
        Instant at = Times.now();
        long start = System.nanoTime();
        URI target;
        try {
            target = guard.check(delivery.url());
        } catch (TargetGuard.RefusedTarget refused) {
            return new AttemptResult(at, null, "refused: " + refused.getMessage(), elapsedMillis(start));
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("X-Byline-Event", delivery.event())
                .header("X-Byline-Delivery", delivery.id().toString())
                .header("X-Byline-Signature", Signatures.sign(delivery.secret(), delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                .build();
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            // The request timeout covers waiting for the status line; this bound also covers
            // connecting and a body that never ends.
            HttpResponse<Void> response = answer.get(timeout.multipliedBy(2).plusMillis(250).toMillis(),
                    TimeUnit.MILLISECONDS);
            return new AttemptResult(at, response.statusCode(), null, elapsedMillis(start));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new AttemptResult(at, null, "timed out after " + elapsedMillis(start) + " ms", elapsedMillis(start));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new SendInterrupted();
        } catch (ExecutionException e) {
            return new AttemptResult(at, null, describe(e.getCause()), elapsedMillis(start));
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
        if (failure instanceof HttpConnectTimeoutException) {
            return "connect timed out after " + timeout.toMillis() + " ms";
        }
        if (failure instanceof HttpTimeoutException) {
            return "timed out after " + timeout.toMillis() + " ms";
        }
        if (failure instanceof ConnectException) {
            return "could not connect" + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        String message = failure == null ? null : failure.getMessage();
        String kind = failure == null ? "unknown failure" : failure.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message;
    }

    private static int elapsedMillis(long start) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
}
