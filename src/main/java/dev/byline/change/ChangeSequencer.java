package dev.byline.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Gives committed changes their public, gap-free position (see V30__changes.sql for why this makes
 * every change visible exactly once and in order). Safe on any number of threads and instances:
 * runs take turns on the row lock of {@code change_sequencer}.
 */
@ApplicationScoped
public class ChangeSequencer {

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
