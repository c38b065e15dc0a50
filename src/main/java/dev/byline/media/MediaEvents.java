package dev.byline.media;

import dev.byline.common.events.DomainEvent;
import dev.byline.common.events.EventName;
import dev.byline.common.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Fires {@code media.created} and {@code media.deleted} inside the writing transaction (the webhook outbox). */
@ApplicationScoped
public class MediaEvents {

    @Inject
    Event<DomainEvent> events;

    void created(MediaView view) {
        events.fire(new DomainEvent(EventName.MEDIA_CREATED, view.id(), Times.now(), view));
    }

    void deleted(MediaView view) {
        events.fire(new DomainEvent(EventName.MEDIA_DELETED, view.id(), Times.now(), view));
    }
}
