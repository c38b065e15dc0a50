package dev.byline.support;

import dev.byline.common.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/** Test-only observer: remembers the latest domain events so tests can see what services fired. */
@ApplicationScoped
public class DomainEventRecorder {

    private static final int KEEP = 2000;

    private final Deque<DomainEvent> events = new ArrayDeque<>();

    void record(@Observes DomainEvent event) {
        synchronized (events) {
            events.addLast(event);
            while (events.size() > KEEP) {
                events.removeFirst();
            }
        }
    }

    /** The events about one subject, oldest first. */
    public List<DomainEvent> about(UUID subjectId) {
        synchronized (events) {
            return events.stream().filter(e -> subjectId.equals(e.subjectId())).toList();
        }
    }
}
