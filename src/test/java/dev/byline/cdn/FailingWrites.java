package dev.byline.cdn;

import dev.byline.common.events.DomainEvent;
import dev.byline.content.ContentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Test-only: fails the transaction of a content write titled {@link #MARKER} after its rows
 * were written (flushed, so the triggers have recorded its purges), as a failing commit would.
 */
@ApplicationScoped
public class FailingWrites {

    static final String MARKER = "roll-this-write-back";

    @Inject
    EntityManager em;

    private volatile long recordedBeforeRollback = -1;

    /** How many purge rows the failed write had recorded before it rolled back. */
    long recordedBeforeRollback() {
        return recordedBeforeRollback;
    }

    void failMarked(@Observes DomainEvent event) {
        if (event.data() instanceof ContentView view && MARKER.equals(view.title())) {
            em.flush();
            recordedBeforeRollback = ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM cdn_purges WHERE xid = pg_current_xact_id()").getSingleResult()).longValue();
            throw new IllegalStateException("Failing the write's transaction on purpose");
        }
    }
}
