package dev.byline.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Import jobs, their uploaded chunks, and the runner's claim on them. */
@ApplicationScoped
public class ImportJobRepository {

    private static final String COLUMNS = "id, source, status, total, processed, created, updated, skipped, errors, "
            + "failure, options, created_at, started_at, finished_at";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    public void insert(UUID id, String source, ImportOptions options, UUID createdBy, Instant now) {
        em.createNativeQuery("INSERT INTO import_jobs (id, source, status, options, size_bytes, created_by, created_at) "
                        + "VALUES (:id, :source, 'queued', cast(:options as jsonb), 0, :by, :now)")
                .setParameter("id", id).setParameter("source", source).setParameter("options", options.json(mapper))
                .setParameter("by", createdBy).setParameter("now", now).executeUpdate();
    }

    public void insertChunk(UUID jobId, int n, byte[] data) {
        em.createNativeQuery("INSERT INTO import_chunks (job_id, n, data) VALUES (:job, :n, :data)")
                .setParameter("job", jobId).setParameter("n", n).setParameter("data", data).executeUpdate();
    }

    public void setSize(UUID jobId, long bytes) {
        em.createNativeQuery("UPDATE import_jobs SET size_bytes = :bytes WHERE id = :id")
                .setParameter("bytes", bytes).setParameter("id", jobId).executeUpdate();
    }

    /** A chunk of the uploaded file, read on a connection of its own (outside any transaction). */
    public Optional<byte[]> chunk(UUID jobId, int n) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT data FROM import_chunks WHERE job_id = ? AND n = ?")) {
            select.setObject(1, jobId);
            select.setInt(2, n);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the uploaded file", e);
        }
    }

    public Optional<ImportJobView> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM import_jobs WHERE id = :id")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(this::view);
    }

    public List<ImportJobView> page(int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM import_jobs "
                        + "ORDER BY created_at DESC, id DESC OFFSET :offset LIMIT :limit")
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(this::view).toList();
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM import_jobs").getSingleResult()).longValue();
    }

    /**
     * Takes the oldest queued job, or a running one whose runner stopped renewing its lease, for
     * {@code claim}. SKIP LOCKED: instances looking at once take different jobs, never the same.
     */
    public Optional<ClaimedJob> claim(UUID claim, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        UPDATE import_jobs SET status = 'running', claim_id = :claim, attempts = attempts + 1,
                               lease_until = now() + make_interval(secs => :lease),
                               started_at = coalesce(started_at, now())
                         WHERE id = (SELECT id FROM import_jobs
                                      WHERE status = 'queued' OR (status = 'running' AND lease_until < now())
                                      ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
                        RETURNING id, source, options, created_by, processed, total, attempts""")
                .setParameter("claim", claim).setParameter("lease", (double) lease.toSeconds())
                .getResultList();
        return rows.stream().findFirst().map(row -> new ClaimedJob((UUID) row[0], claim, (String) row[1],
                ImportOptions.parse(mapper, String.valueOf(row[2])), (UUID) row[3], ((Number) row[4]).intValue(),
                row[5] == null ? null : ((Number) row[5]).intValue(), ((Number) row[6]).intValue()));
    }

    /** Counts one record handled and renews the lease; false when the claim was lost. */
    public boolean advance(ClaimedJob job, Outcome outcome, Duration lease) {
        return em.createNativeQuery("""
                        UPDATE import_jobs SET processed = processed + :n, created = created + :created,
                               updated = updated + :updated, skipped = skipped + :skipped,
                               lease_until = now() + make_interval(secs => :lease)
                         WHERE id = :id AND claim_id = :claim AND status = 'running'""")
                .setParameter("n", outcome.records()).setParameter("created", outcome.created())
                .setParameter("updated", outcome.updated()).setParameter("skipped", outcome.skipped())
                .setParameter("lease", (double) lease.toSeconds())
                .setParameter("id", job.id()).setParameter("claim", job.claim()).executeUpdate() == 1;
    }

    /** A record that failed: handled, skipped, and listed (the first 1000). False when the claim was lost. */
    public boolean recordError(ClaimedJob job, int records, String ref, String message, Duration lease) {
        return em.createNativeQuery("""
                        UPDATE import_jobs SET processed = processed + :n, skipped = skipped + :n,
                               errors = CASE WHEN error_count < 1000
                                   THEN errors || jsonb_build_array(jsonb_build_object('ref', cast(:ref as text),
                                                                                       'message', cast(:message as text)))
                                   ELSE errors END,
                               error_count = error_count + 1,
                               lease_until = now() + make_interval(secs => :lease)
                         WHERE id = :id AND claim_id = :claim AND status = 'running'""")
                .setParameter("n", records).setParameter("ref", ref).setParameter("message", cut(message, 500))
                .setParameter("lease", (double) lease.toSeconds())
                .setParameter("id", job.id()).setParameter("claim", job.claim()).executeUpdate() == 1;
    }

    public boolean setTotal(ClaimedJob job, int total) {
        return em.createNativeQuery("UPDATE import_jobs SET total = :total WHERE id = :id AND claim_id = :claim")
                .setParameter("total", total).setParameter("id", job.id()).setParameter("claim", job.claim())
                .executeUpdate() == 1;
    }

    public void finish(ClaimedJob job, boolean succeeded, String failure) {
        em.createNativeQuery("""
                        UPDATE import_jobs SET status = :status, failure = :failure, finished_at = now(),
                               claim_id = NULL, lease_until = NULL
                         WHERE id = :id AND claim_id = :claim""")
                .setParameter("status", succeeded ? "succeeded" : "failed")
                .setParameter("failure", failure == null ? null : cut(failure, 1000))
                .setParameter("id", job.id()).setParameter("claim", job.claim()).executeUpdate();
    }

    public int removeFilesFinishedBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM import_chunks WHERE job_id IN (SELECT id FROM import_jobs "
                        + "WHERE finished_at < :before)")
                .setParameter("before", before).executeUpdate();
    }

    private ImportJobView view(Object[] row) {
        List<ImportJobView.ImportErrorView> errors = new ArrayList<>(readErrors(String.valueOf(row[8])));
        if (row[9] != null) {
            errors.add(new ImportJobView.ImportErrorView("file", (String) row[9]));
        }
        ImportOptions options = ImportOptions.parse(mapper, String.valueOf(row[10]));
        String status = (String) row[2];
        Integer total = row[3] == null ? null : ((Number) row[3]).intValue();
        int processed = ((Number) row[4]).intValue();
        Instant startedAt = instant(row[12]);
        Double progress = total == null ? null : total == 0 ? 1.0 : Math.min(1.0, processed / (double) total);
        Instant eta = null;
        if ("running".equals(status) && total != null && processed > 0 && startedAt != null) {
            long elapsed = Duration.between(startedAt, Instant.now()).toMillis();
            eta = Instant.now().plusMillis((long) (elapsed * ((total - processed) / (double) processed)))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
        return new ImportJobView((UUID) row[0], (String) row[1], status, total, processed,
                ((Number) row[5]).intValue(), ((Number) row[6]).intValue(), ((Number) row[7]).intValue(), errors,
                options.as().value(), options.notifyWebhooks(), instant(row[11]), startedAt, instant(row[13]), progress,
                eta);
    }

    private List<ImportJobView.ImportErrorView> readErrors(String json) {
        try {
            List<Map<String, String>> list = mapper.readValue(json, new TypeReference<>() {
            });
            return list.stream().map(e -> new ImportJobView.ImportErrorView(e.get("ref"), e.get("message"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        Instant instant = value instanceof Instant i ? i
                : value instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** A job this runner holds. {@code processed}: records already committed by an earlier run. */
    public record ClaimedJob(UUID id, UUID claim, String source, ImportOptions options, UUID createdBy,
            int processed, Integer total, int attempts) {
    }

    /** What handling one record (an item with its comments counts each) did. */
    public record Outcome(int records, int created, int updated, int skipped) {
        public static Outcome ofCreated() {
            return new Outcome(1, 1, 0, 0);
        }

        public static Outcome ofUpdated() {
            return new Outcome(1, 0, 1, 0);
        }

        public static Outcome ofSkipped() {
            return new Outcome(1, 0, 0, 1);
        }

        public Outcome plus(Outcome other) {
            return new Outcome(records + other.records, created + other.created, updated + other.updated,
                    skipped + other.skipped);
        }
    }
}
