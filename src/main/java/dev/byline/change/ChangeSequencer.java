package dev.byline.change;

import dev.byline.common.scheduling.BackgroundWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Gives committed changes their public, gap-free position (see V30__changes.sql for why this makes
 * every change visible exactly once and in order). Safe on any number of threads and instances:
 * runs take turns on the row lock of {@code change_sequencer}. Runs on every instance every
 * {@code byline.changes.every} (2 s), and whenever a reader finds changes waiting.
 */
@ApplicationScoped
public class ChangeSequencer {

    private static final Logger LOG = Logger.getLogger(ChangeSequencer.class);

    static final int BATCH = 10_000;

    @Inject
    ChangeRepository changes;

    /** Numbers what has committed so far (in batches); returns how many rows it numbered. */
    public long catchUp() {
        long total = 0;
        int numbered;
        do {
            numbered = sequenceBatch();
            total += numbered;
        } while (numbered == BATCH);
        return total;
    }

    @Scheduled(identity = "sequence-changes", every = "${byline.changes.every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        BackgroundWork.run(LOG, "Change feed numbering", this::catchUpIfPending);
    }

    /** Only when something waits: spares readers the lock when the feed is quiet. */
    public void catchUpIfPending() {
        if (hasPending()) {
            catchUp();
        }
    }

    @Transactional
    boolean hasPending() {
        return changes.hasPending();
    }

    /**
     * Two statements on purpose: the lock first, then the numbering, whose snapshot (a new one per
     * statement) is taken after the previous run committed. In one statement the snapshot would
     * predate the lock and could number a row again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int sequenceBatch() {
        long last = changes.lockSequencer();
        int numbered = changes.numberPending(last, BATCH);
        if (numbered > 0) {
            changes.advance(last + numbered);
        }
        return numbered;
    }
}
