package dev.byline.support;

import dev.byline.common.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every domain event whose transaction committed, for tests that count what was fired. */
@ApplicationScoped
public class RecordedEvents {

    private final List<DomainEvent> committed = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        committed.add(event);
    }

    public long count(String name, String subjectId) {
        UUID id = UUID.fromString(subjectId);
        return committed.stream().filter(e -> e.name().equals(name) && e.subjectId().equals(id)).count();
    }
}
