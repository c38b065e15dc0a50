package dev.byline.webhook;

import dev.byline.common.persistence.Times;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event sent (or to be sent) to a webhook, with every attempt so far. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(examples = "0192f0c4-7a10-7c3e-8d21-5b6f7e8a9c0d",
                description = "Also sent as the X-Byline-Delivery header") UUID id,
        @Schema(examples = "article.published") String event,
        @Schema(examples = "article") String subjectType,
        UUID subjectId,
        Instant occurredAt,
        @Schema(enumeration = {"pending", "delivered", "failed"}, examples = "delivered") String status,
        @Schema(examples = "1") int attemptCount,
        @Schema(nullable = true, description = "When the next attempt is due while pending; null once delivered or failed")
        Instant nextAttemptAt,
        @Schema(nullable = true, description = "When it was delivered or given up") Instant completedAt,
        List<DeliveryAttemptView> attempts) {

    static DeliveryView of(WebhookDelivery delivery, List<DeliveryAttemptView> attempts) {
        return new DeliveryView(delivery.id, delivery.event, delivery.subjectType, delivery.subjectId,
                Times.millis(delivery.occurredAt), delivery.status, delivery.attempts,
                Times.millis(delivery.nextAttemptAt), Times.millis(delivery.completedAt), attempts);
    }
}
