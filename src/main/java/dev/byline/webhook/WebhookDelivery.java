package dev.byline.webhook;

import dev.byline.common.persistence.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event to send to one webhook: the outbox row, written in the transaction of the change.
 * Senders claim it with {@code FOR UPDATE SKIP LOCKED} (see {@link WebhookDeliveryRepository}).
 */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery {
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    @Id
    public UUID id = Ids.newId();

    /** Assigned by the database on insert; event order among the deliveries of one subject. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "webhook_id", nullable = false)
    public UUID webhookId;

    @Column(nullable = false)
    public String event;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public byte[] body;

    @Column(nullable = false)
    public String status = PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claim_id")
    public UUID claimId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
