package dev.byline.cdn;

import dev.byline.common.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Sends a write's purges right after it commits rather than at the next poll. The keys themselves
 * are recorded by the database (V60), whoever writes; this only wakes the purger for the writes
 * that announce themselves with a domain event. Nothing is sent for a rollback.
 */
@ApplicationScoped
public class PurgeAfterCommit {

    @Inject
    CdnPurger purger;

    @Inject
    TransactionSynchronizationRegistry transactions;

    void onChange(@Observes DomainEvent event) {
        if (!purger.enabled()) {
            return;
        }
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        purger.wake();
                    }
                }
            });
        } else {
            purger.wake();
        }
    }
}
