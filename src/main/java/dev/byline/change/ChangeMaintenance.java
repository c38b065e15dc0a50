package dev.byline.change;

import dev.byline.common.persistence.LongWork;
import dev.byline.common.persistence.Times;
import dev.byline.common.scheduling.BackgroundWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Retention of the feed, on every instance: changes older than {@code byline.changes.retention}
 * go (a cursor before them is then 410). Numbering runs on its own schedule ({@link ChangeSequencer}).
 */
@ApplicationScoped
public class ChangeMaintenance {

    private static final Logger LOG = Logger.getLogger(ChangeMaintenance.class);

    @Inject
    ChangeRepository changes;

    @Inject
    ChangesConfig config;

    @Inject
    LongWork longWork;

    @Scheduled(identity = "prune-changes", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        int removed = BackgroundWork.run(LOG, "Change feed retention", this::pruneExpired, 0);
        if (removed > 0) {
            LOG.infof("Removed %d change(s) older than the retention of %s", removed, config.retention());
        }
    }

    /** Removes changes older than the retention; returns how many. Not held to the request bound. */
    public int pruneExpired() {
        return longWork.call(() -> changes.pruneBefore(Times.now().minus(config.retention())));
    }
}
