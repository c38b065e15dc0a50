package dev.byline.support;

import dev.byline.common.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Test-only observer: the latest domain events whose transaction committed, so tests can see
 * what services fired (and that a rolled-back change fired nothing).
 */
@ApplicationScoped
public class RecordedEvents {

    private static final int KEEP = 5000;

    private final Deque<DomainEvent> committed = new ArrayDeque<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        synchronized (committed) {
            committed.addLast(event);
            while (committed.size() > KEEP) {
                committed.removeFirst();
            }
        }
    }

    /** The committed events about one subject, oldest first. */
    public List<DomainEvent> about(UUID subjectId) {
        synchronized (committed) {
            return committed.stream().filter(e -> subjectId.equals(e.subjectId())).toList();
        }
    }

    public long count(String name, String subjectId) {
        return about(UUID.fromString(subjectId)).stream().filter(e -> e.name().equals(name)).count();
    }
}
