package dev.byline.comment;

import dev.byline.content.ContentStatus;
import dev.byline.content.ContentType;
import java.time.Instant;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Comment queries. Every list costs two statements whatever its size: the count and the page
 * (the moderation page brings its items' type, title and slug in the same statement).
 */
@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {

    /** A comment with what moderators need to know of its item. */
    public record WithItem(Comment comment, ContentType type, String title, String slug) {
    }

    public long countApproved(UUID contentId) {
        return count("contentId = ?1 and status = ?2", contentId, CommentStatus.APPROVED);
    }

    /** Approved comments of an item, oldest first. */
    public List<Comment> approvedPage(UUID contentId, int offset, int limit) {
        return getEntityManager().createQuery("select c from Comment c where c.contentId = :item "
                        + "and c.status = :approved order by c.createdAt, c.id", Comment.class)
                .setParameter("item", contentId)
                .setParameter("approved", CommentStatus.APPROVED)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    /** Every comment in one of the statuses (all when null), newest first, with its item. */
    public List<WithItem> moderationPage(Collection<CommentStatus> statuses, int offset, int limit) {
        TypedQuery<Object[]> query = getEntityManager().createQuery("select c, i.type, i.title, i.slug "
                + "from Comment c join ContentItem i on i.id = c.contentId"
                + (statuses == null ? "" : " where c.status in :statuses")
                + " order by c.createdAt desc, c.id desc", Object[].class);
        if (statuses != null) {
            query.setParameter("statuses", statuses);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> new WithItem((Comment) row[0], (ContentType) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    public long countModeration(Collection<CommentStatus> statuses) {
        return statuses == null ? count() : count("status in ?1", statuses);
    }

    public Optional<WithItem> findWithItem(UUID id) {
        return getEntityManager().createQuery("select c, i.type, i.title, i.slug "
                        + "from Comment c join ContentItem i on i.id = c.contentId where c.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .map(row -> new WithItem((Comment) row[0], (ContentType) row[1], (String) row[2], (String) row[3]));
    }

    /** A comment with its item's status and publication instant. */
    public record WithItemState(Comment comment, ContentStatus itemStatus, Instant itemPublishedAt) {
        public boolean itemPublic(Instant now) {
            return itemStatus == ContentStatus.PUBLISHED && itemPublishedAt != null && !itemPublishedAt.isAfter(now);
        }
    }

    public Optional<WithItemState> findWithItemState(UUID id) {
        return getEntityManager().createQuery("select c, i.status, i.publishedAt "
                        + "from Comment c join ContentItem i on i.id = c.contentId where c.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .map(row -> new WithItemState((Comment) row[0], (ContentStatus) row[1], (Instant) row[2]));
    }

    /** The comment's item id, without loading the comment into the session. */
    public Optional<UUID> itemOf(UUID id) {
        return getEntityManager().createQuery("select c.contentId from Comment c where c.id = :id", UUID.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** The comment, locked against concurrent moderation until the transaction ends. */
    public Optional<Comment> findForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Comment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** True when this email (in any case) already has an approved comment, on any item. */
    public boolean hasApprovedComment(String email) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM comments "
                        + "WHERE lower(author_email) = lower(:email) AND status = 'approved' LIMIT 1")
                .setParameter("email", email)
                .getResultList().isEmpty();
    }

    /**
     * Takes the item's row lock. Every transaction that changes which of an item's comments
     * are approved takes it before recounting, so each recount starts after the previous
     * change committed and sees it (a recount in the same statement as the wait would not).
     * Returns false when the item is gone.
     */
    public boolean lockItem(UUID contentId) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM content_items WHERE id = :id FOR NO KEY UPDATE")
                .setParameter("id", contentId)
                .getResultList().isEmpty();
    }

    /** Sets the item's comment count to its approved comments; call after {@link #lockItem}. */
    public void recount(UUID contentId) {
        getEntityManager().createNativeQuery("UPDATE content_items SET comment_count = (SELECT count(*) "
                        + "FROM comments WHERE content_id = :id AND status = 'approved') WHERE id = :id")
                .setParameter("id", contentId)
                .executeUpdate();
    }

    /** Deletes the comment; the database deletes its replies, at every depth, with it. */
    public void deleteThread(UUID id) {
        getEntityManager().createNativeQuery("DELETE FROM comments WHERE id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }
}
