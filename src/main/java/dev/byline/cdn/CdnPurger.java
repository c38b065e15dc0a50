package dev.byline.cdn;

import dev.byline.common.error.DatabaseFailures;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sends the purges of committed writes to the CDN: claim a batch → send it to every node → settle
 * it, on one "pump" thread, every poll interval and right after a write commits. With
 * {@code byline.cdn.purge-urls} empty it does nothing (and the triggers record nothing).
 */
@ApplicationScoped
public class CdnPurger {

    private static final Logger LOG = Logger.getLogger(CdnPurger.class);

    @Inject
    CdnConfig config;

    @Inject
    PurgeService purges;

    @Inject
    PurgeClient client;

    private volatile PurgeTargets targets = new PurgeTargets(List.of());
    private ScheduledExecutorService pump;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private volatile boolean stopped;

    /** After the migrations, before the scheduled publisher's catch-up writes anything. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 50) StartupEvent event) {
        PurgeTargets configured = PurgeTargets.of(config.purgeUrls());
        purges.record(configured.enabled());
        if (configured.enabled()) {
            pump = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "cdn-purger");
                thread.setDaemon(true);
                return thread;
            });
            targets = configured;
            LOG.infof("CDN purges go to %s", configured.urls().stream().map(PurgeTargets::describe)
                    .collect(Collectors.joining(", ")));
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (pump != null) {
            pump.shutdownNow();
            try {
                pump.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean enabled() {
        return targets.enabled();
    }

    @Scheduled(every = "${byline.cdn.poll-interval:PT1S}", identity = "cdn-purger",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Asks the pump to send what is due soon; many calls while it is queued count once. */
    public void wake() {
        if (pump == null || stopped || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            pump.execute(this::pumpOnce);
        } catch (RejectedExecutionException shuttingDown) {
            queued.set(false);
        }
    }

    private void pumpOnce() {
        queued.set(false);
        try {
            while (!stopped && sendBatch() == PurgeService.BATCH) {
                // a full batch: more may be waiting
            }
            if (databaseDown.compareAndSet(true, false)) {
                LOG.info("CDN purges resume: the database is back");
            }
        } catch (InterruptedException stopping) {
            // leased rows go again when their lease runs out
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                if (databaseDown.compareAndSet(false, true)) {
                    LOG.warnf("CDN purges wait: the database is unavailable (%s)", e.toString());
                }
            } else {
                LOG.warnf("CDN purges could not be claimed or settled: %s", e.toString());
            }
        }
    }

    /** Claims one batch and sends it; how many rows it claimed. */
    private int sendBatch() throws InterruptedException {
        PurgeTargets to = targets;
        ClaimedPurges claimed = purges.claim(lease(to));
        if (claimed.isEmpty()) {
            return 0;
        }
        List<String> failures = client.purge(to.urls(), claimed.keys());
        Duration retryIn = purges.settle(claimed, failures);
        if (retryIn == null) {
            LOG.debugf("CDN purged %d key(s)", claimed.keys().size());
        } else {
            LOG.warnf("CDN purge of %d key(s) failed (attempt %d), next try in %d ms: %s", claimed.keys().size(),
                    claimed.attempts() + 1, retryIn.toMillis(), String.join("; ", failures));
            if (retryIn.compareTo(config.pollInterval()) < 0 && !stopped) {
                try {
                    pump.schedule(this::wake, retryIn.toMillis() + 1, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stopping) {
                    // the next start takes the rows when their wait is over
                }
            }
        }
        return claimed.ids().size();
    }

    /** Long enough to send a batch to every node; a lease that runs out only means a second send. */
    private Duration lease(PurgeTargets to) {
        return config.timeout().multipliedBy(2L * Math.max(1, to.urls().size()) + 2).plusSeconds(30);
    }
}
