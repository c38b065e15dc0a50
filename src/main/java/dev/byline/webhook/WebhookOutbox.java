package dev.byline.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.common.events.DomainEvent;
import dev.byline.common.events.EventMute;
import dev.byline.common.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The transactional outbox: for each domain event, one delivery per active webhook that
 * subscribes to it, written in the transaction of the change itself (the observer is
 * synchronous), so a change that rolls back leaves no delivery and a committed one always
 * has its deliveries. The body is serialised once, here, with the API's ObjectMapper, so
 * what is signed and sent is byte for byte what was stored, and its data equals API JSON.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class);

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    ObjectMapper mapper;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    WebhookDispatcher dispatcher;

    @Transactional
    void record(@Observes DomainEvent event) {
        if (EventMute.isMuted()) {
            return;
        }
        String name = event.name().value();
        List<UUID> subscribers = webhooks.activeSubscribers(name);
        if (subscribers.isEmpty()) {
            return;
        }
        Instant occurredAt = Times.millis(event.occurredAt() == null ? Instant.now() : event.occurredAt());
        byte[] body = serialize(new WebhookPayload(name, occurredAt, event.data()));
        Instant now = Times.now();
        for (UUID webhookId : subscribers) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.webhookId = webhookId;
            delivery.event = name;
            delivery.subjectType = event.subjectType();
            // An event without a subject id is ordered on its own rather than refused: the
            // writer's change must not fail for want of webhook metadata.
            delivery.subjectId = event.subjectId() != null ? event.subjectId() : delivery.id;
            delivery.occurredAt = occurredAt;
            delivery.body = body;
            delivery.createdAt = now;
            delivery.nextAttemptAt = now;
            deliveries.persist(delivery);
        }
        transactions.registerInterposedSynchronization(new WakeAfterCommit());
        LOG.debugf("Outbox: %s of %s %s for %d webhook(s), sent after commit", name, event.subjectType(),
                event.subjectId(), subscribers.size());
    }

    private byte[] serialize(WebhookPayload payload) {
        try {
            return mapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the payload of " + payload.event(), e);
        }
    }

    /** Sends at once after the commit, instead of at the next poll. */
    private final class WakeAfterCommit implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                dispatcher.wake();
            }
        }
    }
}
