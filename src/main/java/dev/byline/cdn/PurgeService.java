package dev.byline.cdn;

import dev.byline.common.scheduling.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;

/**
 * The rules of the purge outbox: claim a batch (one short transaction), and after sending it
 * (no transaction open) settle it in another: delete what every node took, or count the
 * failure and retry with backoff, dropping only what has failed for longer than the
 * configured limit.
 */
@ApplicationScoped
public class PurgeService {

    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(PurgeService.class);

    @Inject
    PurgeRepository purges;

    @Inject
    CdnConfig config;

    /** At start: the triggers record keys only while some instance purges; off, nothing is kept. */
    @Transactional
    public void record(boolean on) {
        purges.setRecording(on);
        if (!on) {
            int dropped = purges.deleteAll();
            if (dropped > 0) {
                LOG.infof("CDN purging is off (byline.cdn.purge-urls is empty): dropped %d pending purge(s)", dropped);
            }
        }
    }

    @Transactional
    public ClaimedPurges claim(Duration lease) {
        return purges.claim(BATCH, lease);
    }

    /** Records how a send went; the wait before the rows are due again, or null when they are done. */
    @Transactional
    public Duration settle(ClaimedPurges claimed, List<String> failures) {
        if (failures.isEmpty()) {
            purges.delete(claimed.ids());
            return null;
        }
        int dropped = purges.deleteOlderThan(claimed.ids(), config.giveUpAfter());
        if (dropped > 0) {
            LOG.errorf("Gave up %d CDN purge(s) failing for longer than %s (byline.cdn.give-up-after)", dropped,
                    config.giveUpAfter());
        }
        Duration wait = Backoff.after(claimed.attempts() + 1, config.backoffBase(), config.backoffMax(),
                RandomGenerator.getDefault());
        purges.retryAfter(claimed.ids(), wait);
        return wait;
    }
}
