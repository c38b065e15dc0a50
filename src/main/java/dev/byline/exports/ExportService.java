package dev.byline.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.common.persistence.LongWork;
import dev.byline.common.persistence.Times;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the whole site as NDJSON (API.md §13) in dependency order: a header line, authors,
 * sections (parents first), tags, articles, posts, comments (parents first). One read-only
 * repeatable-read transaction, so the file is one consistent snapshot however long it streams;
 * rows are fetched in batches through a cursor, so memory stays flat.
 */
@ApplicationScoped
public class ExportService {

    public static final String FORMAT = "byline-export";
    public static final int VERSION = 1;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    LongWork longWork;

    public void write(boolean revisions, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("version", VERSION);
        header.put("exportedAt", Times.now().toString());
        header.put("revisions", revisions);
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
                lines(connection, ExportQueries.AUTHORS, null, writer);
                lines(connection, ExportQueries.SECTIONS, null, writer);
                lines(connection, ExportQueries.TAGS, null, writer);
                lines(connection, ExportQueries.ITEMS, revisions, writer);
                lines(connection, ExportQueries.COMMENTS, null, writer);
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

    private static void lines(Connection connection, String sql, Boolean parameter, Writer writer)
            throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(200);
            if (parameter != null) {
                statement.setBoolean(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    writer.write(rows.getString(1));
                    writer.write('\n');
                }
            }
        }
    }
}
