package dev.byline.imports;

import dev.byline.common.events.EventMute;
import dev.byline.imports.ImportJobRepository.ClaimedJob;
import dev.byline.imports.ImportJobRepository.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * One record of an import, in a transaction of its own together with the job's counters: after
 * a crash, the job's {@code processed} says exactly which records are in, and a run that lost
 * its claim (another instance took the job over) writes nothing.
 */
@ApplicationScoped
public class ImportUnits {

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportsConfig config;

    @Inject
    jakarta.persistence.EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome apply(ClaimedJob job, Supplier<Outcome> work) {
        // No wait for the disk at each record's commit: should the database crash, the last few
        // records are lost together with the job counter that says they were done, and the
        // resumed job does them again. Safe for the same reason per-record commits are.
        em.createNativeQuery("SET LOCAL synchronous_commit = off").executeUpdate();
        Outcome outcome = EventMute.muted(!job.options().notifyWebhooks(), work);
        if (!jobs.advance(job, outcome, config.lease())) {
            throw new ClaimLost();
        }
        return outcome;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(ClaimedJob job, int records, String ref, String message) {
        if (!jobs.recordError(job, records, ref, message, config.lease())) {
            throw new ClaimLost();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void total(ClaimedJob job, int total) {
        if (!jobs.setTotal(job, total)) {
            throw new ClaimLost();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(ClaimedJob job, boolean succeeded, String failure) {
        jobs.finish(job, succeeded, failure);
    }

    /** Another instance took the job over (this one stalled past its lease): stop, write nothing more. */
    public static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super("The import job was taken over by another runner", null, false, false);
        }
    }
}
