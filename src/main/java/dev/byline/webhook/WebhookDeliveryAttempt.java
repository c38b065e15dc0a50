package dev.byline.webhook;

import dev.byline.common.persistence.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try to send a delivery: the answer's status code, or what went wrong. */
@Entity
@Table(name = "webhook_delivery_attempts")
public class WebhookDeliveryAttempt {
    @Id
    public UUID id = Ids.newId();

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(nullable = false)
    public int number;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column
    public String error;

    @Column(name = "duration_ms", nullable = false)
    public int durationMs;
}
