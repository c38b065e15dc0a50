package dev.byline.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which Byline record an import made from which source record, so a second import updates it. */
@ApplicationScoped
public class ImportRefRepository {

    @Inject
    EntityManager em;

    public Optional<UUID> find(String site, String kind, String ref) {
        List<?> rows = em.createNativeQuery("SELECT entity_id FROM import_refs WHERE site = :site AND kind = :kind "
                        + "AND ref = :ref")
                .setParameter("site", site).setParameter("kind", kind).setParameter("ref", ref).getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }

    public void save(String site, String kind, String ref, UUID entityId) {
        em.createNativeQuery("INSERT INTO import_refs (site, kind, ref, entity_id) VALUES (:site, :kind, :ref, :id) "
                        + "ON CONFLICT (site, kind, ref) DO UPDATE SET entity_id = excluded.entity_id")
                .setParameter("site", site).setParameter("kind", kind).setParameter("ref", ref)
                .setParameter("id", entityId).executeUpdate();
    }
}
