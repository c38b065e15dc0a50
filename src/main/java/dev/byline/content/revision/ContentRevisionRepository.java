package dev.byline.content.revision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContentRevisionRepository implements PanacheRepositoryBase<ContentRevision, UUID> {

    /** A page of an item's revisions, newest first, without loading their snapshots. */
    public List<RevisionSummaryView> page(UUID contentId, int offset, int limit) {
        return getEntityManager().createQuery("select new dev.byline.content.revision.RevisionSummaryView("
                        + "r.id, r.version, r.action, r.createdAt, r.userId, r.userName, r.title, r.status) "
                        + "from ContentRevision r where r.content.id = :content order by r.version desc, r.id desc",
                        RevisionSummaryView.class)
                .setParameter("content", contentId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countFor(UUID contentId) {
        return count("content.id", contentId);
    }

    public Optional<ContentRevision> findFor(UUID contentId, UUID revisionId) {
        return find("id = ?1 and content.id = ?2", revisionId, contentId).firstResultOptional();
    }
}
