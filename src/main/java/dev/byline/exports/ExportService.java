package dev.byline.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.common.persistence.LongWork;
import dev.byline.common.persistence.Times;
import dev.byline.media.storage.MediaStorage;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Writes the whole site as NDJSON (API.md §13) in dependency order: a header line, authors,
 * sections (parents first), tags, media, articles, posts, comments (parents first), and last the
 * import references (what an earlier import made of which source record). One read-only
 * repeatable-read transaction, so the file is one consistent snapshot however long it streams;
 * rows are fetched in batches through a cursor, so memory stays flat.
 */
@ApplicationScoped
public class ExportService {

    private static final Logger LOG = Logger.getLogger(ExportService.class);

    public static final String FORMAT = "byline-export";
    public static final int VERSION = 1;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    LongWork longWork;

    @Inject
    MediaStorage storage;

    /**
     * @param revisions whether items carry their revisions
     * @param embedMedia whether media records carry their file (base64 in {@code file}), so that a
     *         restore into another storage loses nothing; otherwise they name it by {@code storageKey}
     */
    public void write(boolean revisions, boolean embedMedia, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("version", VERSION);
        header.put("exportedAt", Times.now().toString());
        header.put("revisions", revisions);
        header.put("media", embedMedia ? "embed" : "reference");
        writer.write(mapper.writeValueAsString(Map.of("kind", "header", "data", header)));
        writer.write('\n');
        // The answer has begun: the request deadline no longer applies to it.
        writer.flush();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            // However long the export streams (a large site, a slow client): not held to the request bound.
            int networkTimeout = longWork.lift(connection);
            try {
                lines(connection, ExportQueries.AUTHORS, null, writer, null);
                lines(connection, ExportQueries.SECTIONS, null, writer, null);
                lines(connection, ExportQueries.TAGS, null, writer, null);
                lines(connection, ExportQueries.MEDIA, null, writer, embedMedia ? this::withFile : null);
                lines(connection, ExportQueries.ITEMS, revisions, writer, null);
                lines(connection, ExportQueries.COMMENTS, null, writer, null);
                lines(connection, ExportQueries.IMPORT_REFS, null, writer, null);
            } finally {
                LongWork.restore(connection, networkTimeout);
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("The export stopped: the database failed", e);
        }
        writer.flush();
    }

    /**
     * The media record with its stored file added as {@code file} (base64), the last field of
     * {@code data}: the record ends in the two braces PostgreSQL closes it with. A file missing
     * from the storage leaves the record as it is (its restore then says the file is missing),
     * rather than cutting the export short.
     */
    private String withFile(String record) throws IOException {
        String key = mapper.readTree(record).path("data").path("storageKey").asText();
        byte[] bytes;
        try {
            bytes = storage.read(key);
        } catch (RuntimeException missing) {
            LOG.warnf("Export: the media file %s is not in the storage; its record goes without it", key);
            return record;
        }
        String file = Base64.getEncoder().encodeToString(bytes);
        return record.substring(0, record.length() - 2) + ", \"file\" : \"" + file + "\"}}";
    }

    private static void lines(Connection connection, String sql, Boolean parameter, Writer writer,
            LineFilter filter) throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(200);
            if (parameter != null) {
                statement.setBoolean(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    writer.write(filter == null ? rows.getString(1) : filter.apply(rows.getString(1)));
                    writer.write('\n');
                }
            }
        }
    }

    @FunctionalInterface
    private interface LineFilter {
        String apply(String line) throws IOException;
    }
}
