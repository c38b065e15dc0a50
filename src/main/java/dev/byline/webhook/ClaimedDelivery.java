package dev.byline.webhook;

import java.util.UUID;

/**
 * A delivery a sender holds a lease on: everything needed to send it without the database.
 *
 * @param attemptsBefore attempts made before this one
 * @param claimId        the lease; recording the outcome needs it
 * @param seq            event order
 */
public record ClaimedDelivery(UUID id, UUID claimId, UUID webhookId, String event, byte[] body,
        int attemptsBefore, String url, String secret, long seq) {
}
