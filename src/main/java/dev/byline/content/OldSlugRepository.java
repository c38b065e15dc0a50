package dev.byline.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Slugs items had before (table {@code content_old_slugs}), so that an old link answers 301 to
 * the current one. At most one item per type and old slug (the last to leave it). Another item
 * may take an old slug: the current holder wins for everyone who may see it; who may not (a
 * draft holds it) is still redirected, as WordPress does (its drafts hold no public slug).
 */
@ApplicationScoped
public class OldSlugRepository {

    @Inject
    EntityManager em;

    /** The item that had this slug, if some item had it: its stamp, in one statement. */
    public Optional<ContentStamp> findItem(ContentType type, String slug) {
        List<?> rows = em.createNativeQuery("select c.id, c.slug, c.version, c.status, c.published_at, c.created_by "
                        + "from content_old_slugs o join content_items c on c.id = o.content_id "
                        + "where o.type = :type and o.slug = :slug")
                .setParameter("type", type.value())
                .setParameter("slug", slug)
                .getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new ContentStamp((UUID) row[0], type,
                (String) row[1], ((Number) row[2]).intValue(), ContentStatus.of((String) row[3]), instant(row[4]),
                (UUID) row[5]));
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    /** The item left this slug: it redirects there from now on (taking it over from any other item). */
    public void remember(ContentType type, String slug, UUID contentId, Instant now) {
        em.createNativeQuery("insert into content_old_slugs (type, slug, content_id, created_at) "
                        + "values (:type, :slug, :content, :now) on conflict (type, slug) "
                        + "do update set content_id = excluded.content_id, created_at = excluded.created_at")
                .setParameter("type", type.value())
                .setParameter("slug", slug)
                .setParameter("content", contentId)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** The item took one of its old slugs back. */
    public void forget(ContentType type, String slug, UUID contentId) {
        em.createNativeQuery("delete from content_old_slugs where type = :type and slug = :slug "
                        + "and content_id = :content")
                .setParameter("type", type.value())
                .setParameter("slug", slug)
                .setParameter("content", contentId)
                .executeUpdate();
    }
}
