package dev.byline.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import java.util.Optional;
import java.util.UUID;

/** The generation an item's preview tokens must carry; moving it on voids every earlier token. */
@ApplicationScoped
public class PreviewGrantRepository {

    @Inject
    EntityManager em;

    /** The item's current generation, starting one at 0 when the item had none. */
    public int current(UUID contentId) {
        em.createNativeQuery("INSERT INTO preview_grants (content_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .setParameter("id", contentId)
                .executeUpdate();
        return generation(contentId).orElseThrow();
    }

    public Optional<Integer> generation(UUID contentId) {
        return em.createNativeQuery("SELECT generation FROM preview_grants WHERE content_id = :id")
                .unwrap(NativeQuery.class)
                .addScalar("generation", Integer.class)
                .setParameter("id", contentId)
                .getResultStream().findFirst().map(Integer.class::cast);
    }

    /** Voids every token issued so far for the item. */
    public void revoke(UUID contentId) {
        em.createNativeQuery("INSERT INTO preview_grants (content_id, generation) VALUES (:id, 1) "
                        + "ON CONFLICT (content_id) DO UPDATE SET generation = preview_grants.generation + 1")
                .setParameter("id", contentId)
                .executeUpdate();
    }
}
