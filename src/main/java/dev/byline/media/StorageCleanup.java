package dev.byline.media;

import dev.byline.media.storage.MediaStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

/**
 * Ties files to the fate of the transaction that wrote or dropped their row: files of a
 * rolled-back upload go at once, files of a deleted item go once the delete commits. What a
 * crash leaves behind, {@link OrphanSweep} finds later.
 */
@ApplicationScoped
public class StorageCleanup {

    private static final Logger LOG = Logger.getLogger(StorageCleanup.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MediaStorage storage;

    void removeOnRollback(String prefix) {
        transactions.registerInterposedSynchronization(new After(prefix, false));
    }

    void removeAfterCommit(String prefix) {
        transactions.registerInterposedSynchronization(new After(prefix, true));
    }

    private final class After implements Synchronization {
        private final String prefix;
        private final boolean onCommit;

        After(String prefix, boolean onCommit) {
            this.prefix = prefix;
            this.onCommit = onCommit;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) == onCommit) {
                try {
                    storage.deleteAll(prefix);
                } catch (RuntimeException e) {
                    LOG.warnf("Could not remove the media files %s now (%s); the cleanup job will", prefix,
                            e.getMessage());
                }
            }
        }
    }
}
