package dev.byline.support;

import dev.byline.common.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Test-only observer: the latest domain events whose transaction committed, in the order they
 * were fired, so tests can see what services fired (and that a rolled-back change fired
 * nothing). CDI's own AFTER_SUCCESS observers run in reverse order within one transaction,
 * hence the per-transaction buffer.
 */
@ApplicationScoped
public class RecordedEvents {

    private static final int KEEP = 5000;
    private static final Object BUFFER = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Deque<DomainEvent> committed = new ArrayDeque<>();

    void record(@Observes DomainEvent event) {
        @SuppressWarnings("unchecked")
        List<DomainEvent> buffer = (List<DomainEvent>) transactions.getResource(BUFFER);
        if (buffer == null) {
            List<DomainEvent> fresh = new ArrayList<>();
            transactions.putResource(BUFFER, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        keep(fresh);
                    }
                }
            });
            buffer = fresh;
        }
        buffer.add(event);
    }

    private void keep(List<DomainEvent> events) {
        synchronized (committed) {
            committed.addAll(events);
            while (committed.size() > KEEP) {
                committed.removeFirst();
            }
        }
    }

    /** The committed events about one subject, in the order they were fired. */
    public List<DomainEvent> about(UUID subjectId) {
        synchronized (committed) {
            return committed.stream().filter(e -> subjectId.equals(e.subjectId())).toList();
        }
    }

    public long count(String name, String subjectId) {
        return about(UUID.fromString(subjectId)).stream().filter(e -> e.name().value().equals(name)).count();
    }
}
