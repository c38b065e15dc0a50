package dev.byline.media;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MediaRepository implements PanacheRepositoryBase<Media, UUID> {

    private static final String MATCHES = "lower(fileName) like :q or lower(alt) like :q or lower(caption) like :q";

    public Optional<Media> findByUploadSha256(String sha256) {
        return find("uploadSha256", sha256).firstResultOptional();
    }

    public Optional<Media> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Newest first; {@code q} (lower case) matches file name, alt text or caption. */
    public List<Media> page(String q, int page, int size) {
        Sort sort = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        return (q == null ? findAll(sort) : find(MATCHES, sort, Parameters.with("q", like(q))))
                .page(Page.of(page - 1, size)).list();
    }

    public long count(String q) {
        return q == null ? count() : count(MATCHES, Parameters.with("q", like(q)));
    }

    public List<Media> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * Serialises uploads of the same bytes across instances for the rest of the transaction, so
     * the duplicate check and the insert cannot interleave.
     */
    public void lockUpload(String sha256) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "media-upload:" + sha256).getSingleResult();
    }

    private static String like(String q) {
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
