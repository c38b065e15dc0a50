package dev.byline.webhook;

import java.time.Instant;

/** What one attempt to send a delivery gave: the answer's status code, or an error text. */
public record AttemptResult(Instant attemptedAt, Integer statusCode, String error, int durationMs) {

    public boolean succeeded() {
        return error == null && statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
