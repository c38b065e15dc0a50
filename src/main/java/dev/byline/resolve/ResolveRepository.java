package dev.byline.resolve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lookups of public things by slug or old path; one statement each. */
@ApplicationScoped
public class ResolveRepository {

    @Inject
    EntityManager em;

    /** A published item holding the slug now. */
    public Optional<Found> publicItem(String type, String slug) {
        return first(em.createNativeQuery("SELECT id, slug FROM content_items WHERE type = :type AND slug = :slug "
                        + "AND status = 'published'")
                .setParameter("type", type).setParameter("slug", slug).getResultList(), type);
    }

    /** A published item that once had the slug. */
    public Optional<Found> publicItemByOldSlug(String type, String slug) {
        return first(em.createNativeQuery("SELECT c.id, c.slug FROM content_old_slugs o JOIN content_items c "
                        + "ON c.id = o.content_id WHERE o.type = :type AND o.slug = :slug AND c.status = 'published'")
                .setParameter("type", type).setParameter("slug", slug).getResultList(), type);
    }

    /** A published item that lived at this path on another system. */
    public Optional<Found> publicItemByOldPath(String path) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.slug, c.type FROM content_old_paths p "
                        + "JOIN content_items c ON c.id = p.content_id WHERE p.path = :path AND c.status = 'published'")
                .setParameter("path", path).getResultList();
        return rows.stream().findFirst().map(row -> new Found((String) row[2], (UUID) row[0], (String) row[1]));
    }

    /** A section, tag or author by slug ({@code table} is one of those three, never user input). */
    public Optional<Found> bySlug(String table, String kind, String slug) {
        return first(em.createNativeQuery("SELECT id, slug FROM " + table + " WHERE slug = :slug")
                .setParameter("slug", slug).getResultList(), kind);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Found> first(List<?> rows, String kind) {
        return ((List<Object[]>) rows).stream().findFirst().map(row -> new Found(kind, (UUID) row[0], (String) row[1]));
    }

    public record Found(String kind, UUID id, String slug) {
    }
}
