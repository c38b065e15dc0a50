package dev.byline.resolve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Paths an import kept from the old site: which item lived there. */
@ApplicationScoped
public class ResolveRepository {

    @Inject
    EntityManager em;

    /** The published item that lived at this path (normalized by {@link SitePaths}) on another system. */
    public Optional<KeptPath> publicItemByOldPath(String path) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.type FROM content_old_paths p "
                        + "JOIN content_items c ON c.id = p.content_id WHERE p.path = :path AND c.status = 'published'")
                .setParameter("path", path).getResultList();
        return rows.stream().findFirst().map(row -> new KeptPath((UUID) row[0], (String) row[1]));
    }

    /** The item a kept path leads to: its id and type. */
    public record KeptPath(UUID id, String type) {
    }
}
