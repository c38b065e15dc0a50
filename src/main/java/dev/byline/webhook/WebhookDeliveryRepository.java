package dev.byline.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /**
     * Takes up to {@code limit} due deliveries of active webhooks and leases them until
     * {@code lease} from now. {@code SKIP LOCKED} lets several instances claim at once without
     * taking the same row; a delivery waits while an earlier one of the same webhook and
     * subject is still pending (sent, retrying or leased), so each subject's events arrive in
     * order. Times are the database's, so app instances need not agree on the clock.
     *
     * <p>Fair per target: no webhook gets more than {@code perTarget} deliveries in flight
     * (leased and not yet recorded, by any instance), so a receiver that never answers holds
     * at most that many senders and the others keep delivering to everyone else.
     */
    public List<ClaimedDelivery> claim(int limit, UUID claimId, Duration lease, int perTarget) {
        String sql = """
                WITH in_flight AS (
                    SELECT webhook_id, count(*) AS sending FROM webhook_deliveries
                    WHERE status = 'pending' AND claim_id IS NOT NULL AND next_attempt_at > clock_timestamp()
                    GROUP BY webhook_id),
                candidates AS (
                    SELECT c.id, c.seq FROM webhooks w
                    LEFT JOIN in_flight f ON f.webhook_id = w.id
                    CROSS JOIN LATERAL (
                        SELECT d.id, d.seq FROM webhook_deliveries d
                        WHERE d.webhook_id = w.id AND d.status = 'pending'
                          AND d.next_attempt_at <= clock_timestamp()
                          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e
                                          WHERE e.webhook_id = d.webhook_id AND e.subject_id = d.subject_id
                                            AND e.status = 'pending' AND e.seq < d.seq)
                        ORDER BY d.seq
                        LIMIT greatest(0, ? - coalesce(f.sending, 0))) c
                    WHERE w.active),
                due AS (
                    SELECT d.id FROM webhook_deliveries d
                    JOIN candidates c ON c.id = d.id
                    -- Checked again on the row as locked: another sender may have claimed it
                    -- after this statement's snapshot (read committed re-evaluates these).
                    WHERE d.status = 'pending' AND d.next_attempt_at <= clock_timestamp()
                    ORDER BY d.seq
                    LIMIT ?
                    FOR UPDATE OF d SKIP LOCKED)
                UPDATE webhook_deliveries d
                   SET claim_id = ?, next_attempt_at = clock_timestamp() + make_interval(secs => ?)
                  FROM due, webhooks w
                 WHERE d.id = due.id AND w.id = d.webhook_id
                RETURNING d.id, d.webhook_id, d.event, d.body, d.attempts, w.url, w.secret, d.seq
                """;
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setInt(1, Math.max(1, perTarget));
                statement.setInt(2, limit);
                statement.setObject(3, claimId);
                statement.setDouble(4, lease.toMillis() / 1000.0);
                List<ClaimedDelivery> claimed = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        claimed.add(new ClaimedDelivery(result.getObject(1, UUID.class), claimId,
                                result.getObject(2, UUID.class), result.getString(3), result.getBytes(4),
                                result.getInt(5), result.getString(6), result.getString(7), result.getLong(8)));
                    }
                }
                claimed.sort(Comparator.comparingLong(ClaimedDelivery::seq));
                return claimed;
            }
        });
    }

    /**
     * Stores the outcome of an attempt made under the lease {@code claimId}: delivered,
     * failed for good, or pending again after {@code retryAfter}. False when the lease was
     * lost (it ran out and another sender took the delivery), in which case nothing changes.
     */
    public boolean complete(UUID id, UUID claimId, String status, Instant completedAt, Duration retryAfter) {
        String sql = """
                UPDATE webhook_deliveries
                   SET status = ?, attempts = attempts + 1, claim_id = NULL, completed_at = ?,
                       next_attempt_at = CASE WHEN ? THEN clock_timestamp() + make_interval(secs => ?) END
                 WHERE id = ? AND claim_id = ?
                """;
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, status);
                statement.setTimestamp(2, completedAt == null ? null : Timestamp.from(completedAt));
                statement.setBoolean(3, retryAfter != null);
                statement.setDouble(4, retryAfter == null ? 0 : retryAfter.toMillis() / 1000.0);
                statement.setObject(5, id);
                statement.setObject(6, claimId);
                return statement.executeUpdate() == 1;
            }
        });
    }

    public List<WebhookDelivery> pageForWebhook(UUID webhookId, int page, int size) {
        return find("webhookId", Sort.descending("seq"), webhookId).page(page - 1, size).list();
    }

    public long countForWebhook(UUID webhookId) {
        return count("webhookId", webhookId);
    }
}
