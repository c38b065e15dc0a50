package dev.byline.content;

import dev.byline.support.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Bulk-inserts published articles straight into the test database, for the one test that
 * needs hundreds of rows to show that deep keyset pages cost what the first page costs.
 */
final class DeepSeed {

    private DeepSeed() {
    }

    static void insertPublished(String sectionId, String authorId, int count) {
        String database = System.getProperty("byline.test.database", "byline_test");
        String url = TestPostgres.url(database);
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO content_items (id, type, slug, title, body_markdown, body_html, body_text, excerpt,
                        status, published_at, section_id, word_count, reading_time_minutes, created_at, updated_at)
                    SELECT gen_random_uuid(), 'article', 'deep-' || ?::text || '-' || n, 'Deep item ' || n,
                        'Body ' || n, '<p>Body ' || n || '</p>', 'Body ' || n, 'Body ' || n, 'published',
                        now() - interval '3 days' + n * interval '1 second', ?::uuid, 2, 1, now(), now()
                    FROM generate_series(1, ?) AS n""")) {
                insert.setString(1, sectionId);
                insert.setString(2, sectionId);
                insert.setInt(3, count);
                insert.executeUpdate();
            }
            try (PreparedStatement link = c.prepareStatement("""
                    INSERT INTO content_authors (content_id, author_id, position)
                    SELECT id, ?::uuid, 0 FROM content_items WHERE section_id = ?::uuid""")) {
                link.setString(1, authorId);
                link.setString(2, sectionId);
                link.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed the test database", e);
        }
    }
}
