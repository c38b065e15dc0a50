package dev.byline.content;

import dev.byline.common.events.DomainEvent;
import dev.byline.common.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Fires {@code article.*} / {@code post.*} domain events inside the writing transaction. */
@ApplicationScoped
public class ContentEvents {

    @Inject
    Event<DomainEvent> events;

    /** {@code action}: published, updated, unpublished or deleted. */
    public void fire(ContentItem item, String action, ContentView view) {
        events.fire(new DomainEvent(item.type.value() + "." + action, item.type.value(), item.id, Times.now(), view));
    }

    /** The event a write fires, from whether the item was public before and is public after it. */
    public static String actionFor(boolean wasPublic, boolean isPublic) {
        return !wasPublic && isPublic ? "published" : wasPublic && !isPublic ? "unpublished" : "updated";
    }
}
