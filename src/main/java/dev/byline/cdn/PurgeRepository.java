package dev.byline.cdn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/** SQL of the purge outbox: the triggers of V60 write {@code cdn_purges}; this claims and settles it. */
@ApplicationScoped
public class PurgeRepository {

    /**
     * Leases up to {@code limit} due rows: {@code SKIP LOCKED} lets several instances claim at once
     * without taking the same row, and the lease (the next attempt moved ahead) hands a row to
     * another instance if this one stops before settling it. Only committed rows are visible, so
     * nothing of a rolled-back or unfinished write is ever sent. Times are the database's.
     */
    private static final String CLAIM = """
            WITH due AS (
                SELECT id FROM cdn_purges
                 WHERE next_attempt_at <= clock_timestamp()
                 ORDER BY next_attempt_at, id
                 LIMIT ?
                 FOR UPDATE SKIP LOCKED)
            UPDATE cdn_purges p SET next_attempt_at = clock_timestamp() + make_interval(secs => ?)
              FROM due WHERE p.id = due.id
            RETURNING p.id, p.key, p.attempts""";

    @Inject
    EntityManager em;

    public ClaimedPurges claim(int limit, Duration lease) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (var statement = connection.prepareStatement(CLAIM)) {
                statement.setInt(1, limit);
                statement.setDouble(2, lease.toMillis() / 1000.0);
                List<Long> ids = new ArrayList<>();
                Set<String> keys = new LinkedHashSet<>();
                int attempts = 0;
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        keys.add(rows.getString(2));
                        attempts = Math.max(attempts, rows.getInt(3));
                    }
                }
                return new ClaimedPurges(ids, keys, attempts);
            }
        });
    }

    public int delete(List<Long> ids) {
        return em.createNativeQuery("DELETE FROM cdn_purges WHERE id IN (:ids)")
                .setParameter("ids", ids).executeUpdate();
    }

    /** Counts a failed attempt and makes the rows due again after {@code delay}. */
    public void retryAfter(List<Long> ids, Duration delay) {
        em.createNativeQuery("""
                UPDATE cdn_purges SET attempts = attempts + 1,
                       next_attempt_at = clock_timestamp() + make_interval(secs => :delay)
                 WHERE id IN (:ids)""")
                .setParameter("delay", delay.toMillis() / 1000.0)
                .setParameter("ids", ids).executeUpdate();
    }

    /** Removes those of {@code ids} written longer than {@code age} ago; returns how many. */
    public int deleteOlderThan(List<Long> ids, Duration age) {
        return em.createNativeQuery("""
                DELETE FROM cdn_purges
                 WHERE id IN (:ids) AND created_at < clock_timestamp() - make_interval(secs => :age)""")
                .setParameter("ids", ids)
                .setParameter("age", (double) age.toSeconds()).executeUpdate();
    }

    /** Turns recording by the triggers on or off (all instances share it). */
    public void setRecording(boolean on) {
        em.createNativeQuery("UPDATE cdn_purger SET enabled = :on WHERE enabled IS DISTINCT FROM :on")
                .setParameter("on", on).executeUpdate();
    }

    public int deleteAll() {
        return em.createNativeQuery("DELETE FROM cdn_purges").executeUpdate();
    }
}
