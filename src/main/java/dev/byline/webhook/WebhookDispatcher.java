package dev.byline.webhook;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.DatabaseFailures;
import dev.byline.common.persistence.Times;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries: claim (a short transaction that leases them) → send (no transaction
 * open) → record (another short one). One "pump" thread claims as many deliveries as there
 * are free sender slots and hands them to the sender threads. It runs every poll interval,
 * right after a change that wrote deliveries commits, when a send finishes (the next event
 * of that subject may now go), and when a short backoff ends.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhookDeliveryService deliveries;

    @Inject
    WebhookClient client;

    @Inject
    BylineConfig config;

    private ScheduledExecutorService pump;
    private ExecutorService senders;
    private Semaphore freeSenders;
    private final AtomicBoolean pumpQueued = new AtomicBoolean();
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private volatile boolean stopped;

    @PostConstruct
    void start() {
        int concurrency = Math.max(1, config.webhooks().concurrency());
        pump = Executors.newSingleThreadScheduledExecutor(threads("webhook-pump"));
        senders = Executors.newFixedThreadPool(concurrency, threads("webhook-sender"));
        freeSenders = new Semaphore(concurrency);
    }

    @PreDestroy
    void stop() {
        stopped = true;
        pump.shutdownNow();
        senders.shutdownNow();
        try {
            senders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Scheduled(every = "${byline.webhooks.poll-interval:PT1S}", identity = "webhook-dispatcher",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Asks the pump to look for due deliveries soon; many calls while it is queued count once. */
    public void wake() {
        if (stopped || !pumpQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            pump.execute(this::pumpOnce);
        } catch (RejectedExecutionException shuttingDown) {
            pumpQueued.set(false);
        }
    }

    private void pumpOnce() {
        pumpQueued.set(false);
        try {
            while (!stopped) {
                int free = freeSenders.availablePermits();
                if (free == 0) {
                    return; // a finishing send wakes the pump again
                }
                List<ClaimedDelivery> claimed = deliveries.claim(free);
                if (databaseDown.compareAndSet(true, false)) {
                    LOG.info("Webhook deliveries resume: the database is back");
                }
                for (ClaimedDelivery delivery : claimed) {
                    freeSenders.acquireUninterruptibly();
                    senders.execute(() -> {
                        try {
                            deliver(delivery);
                        } finally {
                            freeSenders.release();
                            wake();
                        }
                    });
                }
                if (claimed.size() < free) {
                    return;
                }
            }
        } catch (RejectedExecutionException shuttingDown) {
            // the app is stopping; leased deliveries are taken again when their lease runs out
        } catch (RuntimeException e) {
            // Said once per outage, not once per poll.
            if (DatabaseFailures.isUnavailable(e)) {
                if (databaseDown.compareAndSet(false, true)) {
                    LOG.warnf("Webhook deliveries wait: the database is unavailable (%s)", e.toString());
                }
            } else {
                LOG.warnf("Could not claim webhook deliveries: %s", e.toString());
            }
        }
    }

    /**
     * Claims up to {@code limit} due deliveries and sends them one after the other on the
     * calling thread; the ids of those it sent. What the pump does, for a caller that wants
     * to wait for it.
     */
    public List<UUID> dispatchNow(int limit) {
        List<ClaimedDelivery> claimed = deliveries.claim(limit);
        claimed.forEach(this::deliver);
        return claimed.stream().map(ClaimedDelivery::id).toList();
    }

    private void deliver(ClaimedDelivery delivery) {
        AttemptResult result;
        try {
            result = client.send(delivery);
        } catch (WebhookClient.SendInterrupted shuttingDown) {
            return;
        } catch (RuntimeException e) {
            // Recorded like any failed attempt, so a delivery that cannot be sent still ends.
            result = new AttemptResult(Times.now(), null, "could not send: " + e, 0);
        }
        Duration retryAfter;
        try {
            retryAfter = deliveries.record(delivery, result);
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is tried again: at least once, never lost.
            LOG.warnf("Could not record attempt of webhook delivery %s: %s", delivery.id(), e.toString());
            return;
        }
        if (!result.succeeded()) {
            LOG.debugf("Webhook delivery %s attempt %d failed: %s", delivery.id(), delivery.attemptsBefore() + 1,
                    result.error() != null ? result.error() : "HTTP " + result.statusCode());
        }
        if (retryAfter != null && retryAfter.compareTo(config.webhooks().pollInterval()) < 0 && !stopped) {
            try {
                pump.schedule(this::wake, retryAfter.toMillis() + 1, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                // the next instance to start takes it
            }
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
