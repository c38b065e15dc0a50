package dev.byline.common.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Something happened that integrators may subscribe to (API.md §8 event names, such as
 * {@code article.published} or {@code comment.approved}).
 *
 * <p>Services fire it synchronously with {@code Event<DomainEvent>.fire(...)} inside the
 * transaction that made the change, so observers that write (the webhook outbox) commit or
 * roll back together with it. {@code data} is the API's own output view of the subject
 * (e.g. the full article view), so webhook JSON equals API JSON.
 *
 * @param name       the event, e.g. {@code article.updated}; its subject type is the part before the dot
 * @param subjectId  the id of what changed; events of one subject must be delivered in order
 * @param occurredAt when the change happened
 * @param data       the output view of the subject
 */
public record DomainEvent(EventName name, UUID subjectId, Instant occurredAt, Object data) {

    /** What changed: {@code article}, {@code post}, {@code comment} or {@code media}. */
    public String subjectType() {
        return name.subjectType();
    }
}
