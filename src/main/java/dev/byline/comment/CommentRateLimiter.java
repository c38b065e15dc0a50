package dev.byline.comment;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.ProblemType;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * At most {@code byline.comments.rate-limit} submissions per client per window. The counters
 * live in PostgreSQL so every app instance shares them: one atomic upsert counts the
 * submission, restarting the client's window when the old one has passed, and returns the
 * count and the seconds left. It runs inside the submission's transaction, so a submission
 * that fails (a 400, a 404, or the 429 itself) does not count.
 */
@ApplicationScoped
public class CommentRateLimiter {

    private static final String HIT = """
            INSERT INTO comment_rate_limits AS r (client, window_start, hits)
            VALUES (:client, statement_timestamp(), 1)
            ON CONFLICT (client) DO UPDATE SET
                window_start = CASE WHEN r.window_start <= statement_timestamp() - :millis * interval '1 millisecond'
                                    THEN statement_timestamp() ELSE r.window_start END,
                hits = CASE WHEN r.window_start <= statement_timestamp() - :millis * interval '1 millisecond'
                            THEN 1 ELSE r.hits + 1 END
            RETURNING hits,
                ceil(extract(epoch FROM window_start + :millis * interval '1 millisecond' - statement_timestamp()))
            """;

    @Inject
    EntityManager em;

    @Inject
    BylineConfig config;

    /** Counts a submission by {@code client}; 429 with Retry-After when over the limit. */
    public void hit(String client) {
        int limit = config.comments().rateLimit();
        if (limit < 1) {
            return;
        }
        Object[] row = (Object[]) em.createNativeQuery(HIT)
                .setParameter("client", client)
                .setParameter("millis", (double) windowMillis())
                .getSingleResult();
        int hits = ((Number) row[0]).intValue();
        if (hits > limit) {
            long retryAfter = Math.max(1, ((Number) row[1]).longValue());
            throw new ApiException(ProblemType.RATE_LIMITED, "At most " + limit + " comments per "
                    + config.comments().rateLimitWindow().toSeconds() + " seconds; try again in " + retryAfter
                    + " seconds")
                    .with("retryAfter", retryAfter)
                    .withHeader("Retry-After", String.valueOf(retryAfter));
        }
    }

    /** Forgets windows that have passed; any instance may run it at any time. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldWindows() {
        em.createNativeQuery("DELETE FROM comment_rate_limits "
                        + "WHERE window_start < statement_timestamp() - :millis * interval '1 millisecond'")
                .setParameter("millis", (double) windowMillis())
                .executeUpdate();
    }

    private long windowMillis() {
        return Math.max(1000, config.comments().rateLimitWindow().toMillis());
    }
}
