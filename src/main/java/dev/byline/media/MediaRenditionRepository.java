package dev.byline.media;

import dev.byline.common.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** The renditions made so far: one row per media item, width and format, written with its file. */
@ApplicationScoped
public class MediaRenditionRepository {

    @Inject
    EntityManager em;

    /** The stored rendition's size in bytes, if it was made. */
    public OptionalLong bytes(UUID mediaId, int width, String format) {
        List<?> rows = em.createNativeQuery(
                "SELECT bytes FROM media_renditions WHERE media_id = :id AND width = :w AND format = :f")
                .setParameter("id", mediaId).setParameter("w", width).setParameter("f", format)
                .getResultList();
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) rows.get(0)).longValue());
    }

    /** Plain insert: a second row for one rendition would fail, which is the point (made once). */
    public void insert(UUID mediaId, int width, String format, long bytes) {
        em.createNativeQuery("INSERT INTO media_renditions (media_id, width, format, bytes, created_at) "
                + "VALUES (:id, :w, :f, :b, :at)")
                .setParameter("id", mediaId).setParameter("w", width).setParameter("f", format)
                .setParameter("b", bytes).setParameter("at", Times.now())
                .executeUpdate();
    }

    /** Takes turns with every instance making the same rendition, until the transaction ends. */
    public void lock(UUID mediaId, int width, String format) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "media-rendition:" + mediaId + ":" + width + ":" + format).getSingleResult();
    }
}
