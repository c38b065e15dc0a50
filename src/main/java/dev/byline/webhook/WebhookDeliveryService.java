package dev.byline.webhook;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.persistence.Times;
import dev.byline.common.scheduling.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;

/**
 * The two short transactions around a send: claim (lease some due deliveries, commit) and
 * record (store the attempt and the new state). No transaction is open while a target is called.
 */
@ApplicationScoped
public class WebhookDeliveryService {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryService.class);
    private static final int MAX_ERROR_LENGTH = 500;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookDeliveryAttemptRepository attempts;

    @Inject
    BylineConfig config;

    private final RandomGenerator random = RandomGenerator.getDefault();

    /** Leases up to {@code limit} due deliveries for one send each. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ClaimedDelivery> claim(int limit) {
        return deliveries.claim(limit, UUID.randomUUID(), lease(), config.webhooks().perTargetConcurrency());
    }

    /**
     * Stores the attempt and moves the delivery on: delivered; failed after the last allowed
     * attempt; else pending again after a backoff, which this returns (null otherwise).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Duration record(ClaimedDelivery delivery, AttemptResult result) {
        int number = delivery.attemptsBefore() + 1;
        String status;
        Duration retryAfter = null;
        if (result.succeeded()) {
            status = WebhookDelivery.DELIVERED;
        } else if (number >= config.webhooks().maxAttempts()) {
            status = WebhookDelivery.FAILED;
        } else {
            status = WebhookDelivery.PENDING;
            retryAfter = Backoff.after(number, config.webhooks().backoffBase(), config.webhooks().backoffMax(), random);
        }
        boolean held = deliveries.complete(delivery.id(), delivery.claimId(), status,
                retryAfter == null ? Times.now() : null, retryAfter);
        if (!held) {
            LOG.warnf("Webhook delivery %s: its lease ran out or its webhook was deleted before attempt %d finished; "
                    + "the outcome is not recorded",
                    delivery.id(), number);
            return null;
        }
        WebhookDeliveryAttempt attempt = new WebhookDeliveryAttempt();
        attempt.deliveryId = delivery.id();
        attempt.number = number;
        attempt.attemptedAt = result.attemptedAt();
        attempt.statusCode = result.statusCode();
        attempt.error = result.error() == null || result.error().length() <= MAX_ERROR_LENGTH
                ? result.error()
                : result.error().substring(0, MAX_ERROR_LENGTH);
        attempt.durationMs = result.durationMs();
        attempts.persist(attempt);
        return retryAfter;
    }

    /**
     * How long a claim holds a delivery: longer than any send can take (connect plus answer),
     * so no second sender takes it while the first is still waiting for the target.
     */
    Duration lease() {
        return config.webhooks().timeout().multipliedBy(3).plusSeconds(30);
    }
}
