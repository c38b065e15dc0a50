package dev.byline.content;

import dev.byline.media.MediaUser;
import dev.byline.media.MediaUsers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Content's answer to what media asks about the items that show it (the content_media rows). */
@ApplicationScoped
public class ContentMediaUsers implements MediaUsers {

    @Inject
    EntityManager em;

    @Override
    public List<MediaUser> usersOf(UUID mediaId) {
        List<?> rows = em.createNativeQuery("SELECT c.type, c.id, c.title FROM content_media m "
                + "JOIN content_items c ON c.id = m.content_id WHERE m.media_id = :id ORDER BY c.updated_at DESC, c.id")
                .setParameter("id", mediaId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new MediaUser((String) r[0], (UUID) r[1], (String) r[2])).toList();
    }

    @Override
    public boolean isUsedByPublished(UUID mediaId, Instant now) {
        return !em.createNativeQuery("SELECT 1 FROM content_media m JOIN content_items c ON c.id = m.content_id "
                + "WHERE m.media_id = :id AND c.status = 'published' AND c.published_at <= :now LIMIT 1")
                .setParameter("id", mediaId).setParameter("now", Timestamp.from(now)).getResultList().isEmpty();
    }

    @Override
    public void mediaChanged(UUID mediaId) {
        em.createNativeQuery("UPDATE content_items SET version = version + 1 "
                + "WHERE id IN (SELECT content_id FROM content_media WHERE media_id = :id)")
                .setParameter("id", mediaId).executeUpdate();
    }
}
