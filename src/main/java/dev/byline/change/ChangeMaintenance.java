package dev.byline.change;

import dev.byline.common.error.DatabaseFailures;
import dev.byline.common.persistence.LongWork;
import dev.byline.common.persistence.Times;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Background work of the feed on every instance: numbering committed changes, and retention. */
@ApplicationScoped
public class ChangeMaintenance {

    private static final Logger LOG = Logger.getLogger(ChangeMaintenance.class);

    @Inject
    ChangeSequencer sequencer;

    @Inject
    ChangeRepository changes;

    @Inject
    ChangesConfig config;

    @Inject
    LongWork longWork;

    @Scheduled(identity = "sequence-changes", every = "${byline.changes.every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sequence() {
        try {
            sequencer.catchUpIfPending();
        } catch (RuntimeException e) {
            log("numbering", e);
        }
    }

    @Scheduled(identity = "prune-changes", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try {
            int removed = pruneExpired();
            if (removed > 0) {
                LOG.infof("Removed %d change(s) older than the retention of %s", removed, config.retention());
            }
        } catch (RuntimeException e) {
            log("retention", e);
        }
    }

    /** Removes changes older than the retention; returns how many. Not held to the request bound. */
    public int pruneExpired() {
        return longWork.call(() -> changes.pruneBefore(Times.now().minus(config.retention())));
    }

    private static void log(String what, RuntimeException e) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("Change feed %s skipped: the database is unavailable", what);
        } else {
            LOG.errorf(e, "Change feed %s failed", what);
        }
    }
}
