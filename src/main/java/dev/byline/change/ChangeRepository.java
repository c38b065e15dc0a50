package dev.byline.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL of the change feed: the triggers of V30 write {@code changes}; this numbers, reads and prunes it. */
@ApplicationScoped
public class ChangeRepository {

    /**
     * Numbers committed, unnumbered rows in write order, continuing after {@code last}. A statement
     * of its own, run after the sequencer lock is held, so its snapshot sees every earlier run.
     */
    private static final String NUMBER = """
            WITH todo AS (
                SELECT id, row_number() OVER (ORDER BY id) AS n
                  FROM changes WHERE seq IS NULL ORDER BY id LIMIT :batch)
            UPDATE changes c SET seq = :last + todo.n FROM todo WHERE c.id = todo.id""";

    /**
     * One page and the feed's head in one statement, hence one snapshot: a head read separately
     * could include numbers committed after the page was read, and nextCursor would skip them.
     * {@code :all}: every change (editors); else public ones, the caller's own items and, with
     * {@code :media}, every media change (any token holder may read any media item).
     */
    private static final String PAGE = """
            WITH head AS (SELECT last_seq, pruned_through FROM change_sequencer),
                 page AS (
                     SELECT seq, kind, entity_id, deleted, is_public, owner_id, at FROM changes
                      WHERE seq > :since
                        AND (:all OR is_public OR was_public OR owner_id = :owner OR (:media AND kind = 'media'))
                      ORDER BY seq LIMIT :limit)
            SELECT head.last_seq, head.pruned_through, page.seq, page.kind, page.entity_id, page.deleted,
                   page.is_public, page.owner_id, page.at
              FROM head LEFT JOIN page ON true
             ORDER BY page.seq""";

    @Inject
    EntityManager em;

    /** Blocks until this transaction is the only sequencer; returns the last seq given. */
    public long lockSequencer() {
        return ((Number) em.createNativeQuery("SELECT last_seq FROM change_sequencer FOR UPDATE")
                .getSingleResult()).longValue();
    }

    public int numberPending(long last, int batch) {
        return em.createNativeQuery(NUMBER).setParameter("last", last).setParameter("batch", batch).executeUpdate();
    }

    public void advance(long lastSeq) {
        em.createNativeQuery("UPDATE change_sequencer SET last_seq = :last").setParameter("last", lastSeq)
                .executeUpdate();
    }

    /** Whether any committed change waits for its number (cheap: a partial index). */
    public boolean hasPending() {
        return !em.createNativeQuery("SELECT 1 FROM changes WHERE seq IS NULL LIMIT 1").getResultList().isEmpty();
    }

    public FeedPage page(long since, int limit, boolean all, boolean media, UUID owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PAGE)
                .setParameter("since", since)
                .setParameter("limit", limit)
                .setParameter("all", all)
                .setParameter("media", media)
                .setParameter("owner", owner == null ? new UUID(0, 0) : owner)
                .getResultList();
        long head = ((Number) rows.get(0)[0]).longValue();
        long prunedThrough = ((Number) rows.get(0)[1]).longValue();
        List<ChangeRow> changes = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[2] != null) {
                changes.add(new ChangeRow(((Number) row[2]).longValue(), (String) row[3], (UUID) row[4],
                        (Boolean) row[5], (Boolean) row[6], (UUID) row[7], instant(row[8])));
            }
        }
        return new FeedPage(head, prunedThrough, changes);
    }

    public long prunedThrough() {
        return ((Number) em.createNativeQuery("SELECT pruned_through FROM change_sequencer").getSingleResult())
                .longValue();
    }

    /** Removes numbered changes written before {@code cutoff} (a prefix of the feed); returns how many. */
    public int pruneBefore(Instant cutoff) {
        Object through = em.createNativeQuery("SELECT max(seq) FROM changes WHERE seq IS NOT NULL AND at < :cutoff")
                .setParameter("cutoff", cutoff).getSingleResult();
        if (through == null) {
            return 0;
        }
        long upTo = ((Number) through).longValue();
        int removed = em.createNativeQuery("DELETE FROM changes WHERE seq <= :upTo").setParameter("upTo", upTo)
                .executeUpdate();
        em.createNativeQuery("UPDATE change_sequencer SET pruned_through = greatest(pruned_through, :upTo)")
                .setParameter("upTo", upTo).executeUpdate();
        return removed;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** One numbered change as stored. */
    public record ChangeRow(long seq, String kind, UUID id, boolean deleted, boolean isPublic, UUID owner,
            Instant at) {
    }

    /** A page of changes after a cursor, with the feed's head and retention mark in the same snapshot. */
    public record FeedPage(long head, long prunedThrough, List<ChangeRow> changes) {
    }
}
