package dev.byline.media;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.scheduling.BackgroundWork;
import dev.byline.media.storage.MediaStorage;
import dev.byline.media.storage.StorageKeys;
import dev.byline.media.storage.StoredFile;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Removes stored files that no media row names (an upload whose process died between writing
 * the file and committing the row, a delete whose file removal failed) and leftover temporary
 * files, once they are older than {@code byline.media.orphan-grace}: younger ones may belong to
 * an upload still on its way. Safe on every instance at once (deleting twice is harmless).
 */
@ApplicationScoped
public class OrphanSweep {

    private static final Logger LOG = Logger.getLogger(OrphanSweep.class);

    @Inject
    MediaStorage storage;

    @Inject
    MediaRepository media;

    @Inject
    BylineConfig config;

    @Scheduled(every = "${byline.media.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        BackgroundWork.run(LOG, "Media file cleanup", () -> sweep(Instant.now().minus(config.media().orphanGrace())), 0);
    }

    /** Removes strays last written before {@code olderThan}; how many files it removed. */
    public int sweep(Instant olderThan) {
        List<StoredFile> candidates;
        try (Stream<StoredFile> files = storage.list()) {
            candidates = files.filter(f -> f.lastModified().isBefore(olderThan)).toList();
        }
        Set<UUID> ids = new HashSet<>();
        candidates.forEach(f -> {
            UUID id = StorageKeys.mediaIdOf(f.key());
            if (id != null) {
                ids.add(id);
            }
        });
        Set<UUID> live = existing(ids);
        int removed = 0;
        for (StoredFile file : candidates) {
            UUID id = StorageKeys.mediaIdOf(file.key());
            boolean temporary = file.key().substring(file.key().lastIndexOf('/') + 1).startsWith(".");
            if (id == null || !live.contains(id) || temporary) {
                storage.delete(file.key());
                removed++;
            }
        }
        if (removed > 0) {
            LOG.infof("Removed %d stray media file(s) from %s storage", removed, storage.kind());
        }
        return removed;
    }

    private Set<UUID> existing(Set<UUID> ids) {
        return QuarkusTransaction.requiringNew()
                .call(() -> new HashSet<>(media.findByIds(ids).stream().map(m -> m.id).toList()));
    }
}
