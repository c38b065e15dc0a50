package dev.byline.common.cache;

import dev.byline.common.config.BylineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public responses, rendered, kept in memory by request (method GET, path, query and the
 * headers an answer depends on), so that a repeated anonymous read costs neither a query nor a
 * render, and a matching {@code If-None-Match} neither.
 *
 * <p>Freshness is all or nothing: every committed write that anonymous readers could see
 * (recorded by database triggers, delivered by {@code LISTEN/NOTIFY} to every instance, see
 * {@link ChangeNotifications}) moves the {@linkplain #generation() generation}, and an answer
 * is served only in the generation its request began in. A write through this instance moves it
 * before its own response leaves ({@link CacheRoutes}), so a client always reads its own write.
 * While the notification channel is down nothing is served from here (every read goes to the
 * database as if there were no cache); when it is back, everything kept before is dropped,
 * since notifications sent meanwhile are lost. Items whose publication time is still ahead are
 * the one change no write announces: nothing is served from here past the earliest such time
 * until the listener has looked again.
 */
@ApplicationScoped
public class RepresentationCache {

    private final ConcurrentHashMap<String, CachedResponse> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong weight = new AtomicLong();
    /** False while the notification channel is down. */
    private volatile boolean live;
    /** Epoch millis of the earliest publication time still ahead (Long.MAX_VALUE: none). */
    private volatile long freshUntil = Long.MIN_VALUE;

    @Inject
    BylineConfig config;

    /** Whether answers may be kept and served now. */
    public boolean usable() {
        return live && config.cache().inProcess().enabled() && System.currentTimeMillis() < freshUntil;
    }

    public long generation() {
        return generation.get();
    }

    CachedResponse find(String key) {
        if (!usable()) {
            return null;
        }
        CachedResponse found = answers.get(key);
        return found != null && found.generation() == generation.get() ? found : null;
    }

    void keep(String key, CachedResponse answer) {
        if (!usable() || answer.generation() != generation.get()) {
            return;
        }
        long max = config.cache().inProcess().maxBytes();
        if (answer.weight() > max / 16) {
            return;
        }
        if (weight.addAndGet(answer.weight()) > max) {
            dropAll();
            weight.addAndGet(answer.weight());
        }
        CachedResponse previous = answers.put(key, answer);
        if (previous != null) {
            weight.addAndGet(-previous.weight());
        }
    }

    /** Something anonymous readers could see has changed: nothing kept so far is served again. */
    public void invalidateAll() {
        generation.incrementAndGet();
        dropAll();
    }

    /** The channel is (back) up: whatever was missed while it was down is forgotten. */
    void connected(long nextPublication) {
        invalidateAll();
        freshUntil = nextPublication;
        live = true;
    }

    /** A notification arrived (or a publication time passed): drop everything, look ahead again. */
    void changed(long nextPublication) {
        invalidateAll();
        freshUntil = nextPublication;
    }

    void disconnected() {
        live = false;
        invalidateAll();
    }

    boolean publicationDue() {
        return System.currentTimeMillis() >= freshUntil;
    }

    boolean live() {
        return live;
    }

    int size() {
        return answers.size();
    }

    private void dropAll() {
        answers.clear();
        weight.set(0);
    }
}
