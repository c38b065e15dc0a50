package dev.byline.webhook;

import dev.byline.common.persistence.Times;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One try: the target's HTTP status, or why there was none. */
@Schema(name = "WebhookDeliveryAttempt")
public record DeliveryAttemptView(
        @Schema(examples = "1") int number,
        Instant attemptedAt,
        @Schema(nullable = true, examples = "200", description = "The target's answer; null when it gave none") Integer statusCode,
        @Schema(nullable = true, examples = "timed out after 5000 ms", description = "Why the attempt failed without an answer")
        String error,
        @Schema(examples = "84") int durationMs) {

    static DeliveryAttemptView of(WebhookDeliveryAttempt attempt) {
        return new DeliveryAttemptView(attempt.number, Times.millis(attempt.attemptedAt), attempt.statusCode,
                attempt.error, attempt.durationMs);
    }
}
