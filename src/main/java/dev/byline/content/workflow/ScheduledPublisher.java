package dev.byline.content.workflow;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.scheduling.BackgroundWork;
import dev.byline.common.error.DatabaseFailures;
import dev.byline.common.persistence.Times;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns scheduled items public: every {@code byline.scheduler.every} (2 s) on every instance,
 * and once at start, so an instant that passed while the service was down is caught up. The
 * instances coordinate in the database only (see {@link SchedulePublishing}); nothing here
 * remembers anything between passes.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    @Inject
    SchedulePublishing publishing;

    @Inject
    BylineConfig config;

    void catchUpAtStart(@Observes StartupEvent event) {
        int published = safely("start");
        if (published > 0) {
            LOG.infof("Published %d scheduled item(s) whose time passed while the service was down", published);
        }
    }

    @Scheduled(identity = "publish-scheduled-content", every = "${byline.scheduler.every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        safely("tick");
    }

    /**
     * Publishes every item whose instant has passed (at most {@code byline.scheduler.batch-size}
     * per call), each in its own transaction; returns how many this call published. Safe to run
     * on any number of threads and instances at once.
     */
    public int publishDue() {
        Instant now = Times.now();
        int published = 0;
        for (UUID id : publishing.dueIds(now, config.scheduler().batchSize())) {
            try {
                if (publishing.publishIfDue(id, now)) {
                    published++;
                }
            } catch (RuntimeException e) {
                if (DatabaseFailures.isUnavailable(e)) {
                    throw e;
                }
                // One broken item must not hold back the others; it is tried again next pass.
                LOG.errorf(e, "Could not publish scheduled item %s", id);
            }
        }
        return published;
    }

    private int safely(String when) {
        return BackgroundWork.run(LOG, "Scheduled publishing (" + when + ")", this::publishDue, 0);
    }
}
