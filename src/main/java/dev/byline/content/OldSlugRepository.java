package dev.byline.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
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

    /** The item that had this slug, if some item had it. */
    public Optional<UUID> find(ContentType type, String slug) {
        return em.createNativeQuery("select content_id from content_old_slugs where type = :type and slug = :slug",
                        UUID.class)
                .setParameter("type", type.value())
                .setParameter("slug", slug)
                .getResultStream().map(UUID.class::cast).findFirst();
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
