package dev.byline.imports;

import dev.byline.common.error.DatabaseFailures;
import dev.byline.common.persistence.LongWork;
import dev.byline.common.persistence.Times;
import dev.byline.common.scheduling.BackgroundWork;
import dev.byline.imports.ImportJobRepository.ClaimedJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import org.jboss.logging.Logger;

/**
 * Runs import jobs on every instance: each tick takes the oldest queued job (or one whose runner
 * died) with SKIP LOCKED, so two instances never run one job, and runs it to the end.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportsConfig config;

    @Inject
    ImportUnits units;

    @Inject
    WordPressImport wordpress;

    @Inject
    BylineRestore restore;

    @Inject
    LongWork longWork;

    @Scheduled(identity = "run-imports", every = "${byline.imports.every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        BackgroundWork.run(LOG, "Imports", this::runQueued);
    }

    /** Runs queued jobs (and jobs whose runner died) one after the other until none is left. */
    void runQueued() {
        Optional<ClaimedJob> job;
        while ((job = claim()).isPresent()) {
            run(job.get());
        }
    }

    @Scheduled(identity = "remove-import-files", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeOldFiles() {
        // Many large rows at once: not held to the request bound.
        longWork.run(() -> jobs.removeFilesFinishedBefore(Times.now().minus(config.keepFiles())));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<ClaimedJob> claim() {
        return jobs.claim(UUID.randomUUID(), config.lease());
    }

    void run(ClaimedJob job) {
        LOG.infof("Import %s: %s (attempt %d, from record %d)", job.id(), job.attempts() == 1 ? "started" : "resumed",
                job.attempts(), job.processed());
        try {
            if ("byline".equals(job.source())) {
                restore.run(job, () -> new StoredFile(jobs, job.id()));
            } else {
                wordpress.run(job, () -> new StoredFile(jobs, job.id()));
            }
            units.finish(job, true, null);
            LOG.infof("Import %s succeeded", job.id());
        } catch (ImportUnits.ClaimLost e) {
            LOG.warnf("Import %s: %s", job.id(), e.getMessage());
        } catch (BylineRestore.BadFile e) {
            units.finish(job, false, e.getMessage());
            LOG.infof("Import %s failed: %s", job.id(), e.getMessage());
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "unreadable XML" : e.getMessage().replace('\n', ' ');
            units.finish(job, false, "The file is not a readable WordPress export: " + message);
            LOG.infof("Import %s failed: %s", job.id(), message);
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw e; // the lease runs out and the job resumes later
            }
            LOG.errorf(e, "Import %s failed", job.id());
            units.finish(job, false, "The import stopped on an internal error; the log has the details");
        }
    }
}
