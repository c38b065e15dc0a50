package dev.byline.imports;

import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Importing the WordPress sample export (API.md §13): every record accounted for, nothing twice. */
@QuarkusTest
class WordPressImportTest {

    private static final String SITE = "http://sample.local";

    @Inject
    TestDatabase db;

    @Test
    void shouldImportTheSampleAndAccountForEveryRecordThenUpdateOnReimport() {
        String wxr = ImportJobs.sample();
        String location = ImportJobs.start(wxr, "");
        JsonPath job = ImportJobs.finished(location);
        assertEquals("succeeded", job.getString("status"), () -> job.prettify());
        assertEquals(List.of(), job.getList("errors"), () -> job.prettify());
        // 4 authors, 7 categories, 8 tags, 15 duplicate terms, 27 items, 38 comments.
        assertEquals(99, job.getInt("total"));
        assertEquals(99, job.getInt("processed"));
        // Imported: 4 authors, 7 sections, 8 tags, 23 posts (15 published, 3 draft, 2 pending, 1 private,
        // 2 future) and their 37 comments (29 approved, 5 pending, 3 trash).
        assertEquals(79, job.getInt("created") + job.getInt("updated"), () -> job.prettify());
        // Skipped: 15 duplicate terms, 2 pages, 2 trashed posts and the 1 comment on one of them.
        assertEquals(20, job.getInt("skipped"), () -> job.prettify());
        assertEquals(1.0f, job.getFloat("progress"));
        assertEquals(4L, refs("author"));
        assertEquals(7L, refs("section"));
        assertEquals(8L, refs("tag"));
        assertEquals(23L, refs("item"));
        assertEquals(37L, refs("comment"));
        assertEquals(15L, imported("status = 'published'"));
        assertEquals(2L, imported("status = 'scheduled'"));
        assertEquals(6L, imported("status = 'draft'"));
        assertEquals(29L, db.count("SELECT count(*) FROM comments WHERE status = 'approved' AND id IN "
                + "(SELECT entity_id FROM import_refs WHERE site = ? AND kind = 'comment')", SITE));
        assertEquals(3L, db.count("SELECT max(c.depth) + 1 FROM comments c JOIN import_refs r ON r.entity_id = c.id "
                + "WHERE r.site = ? AND r.kind = 'comment'", SITE), "threads three deep keep their depth");

        // The old permalink resolves to the new url.
        given().queryParam("path", "/2025/04/russia-offers-to-host-taliban-talks/").get("/api/v1/resolve").then()
                .statusCode(200)
                .body("kind", equalTo("article"))
                .body("slug", equalTo("russia-offers-to-host-taliban-talks"))
                .body("url", equalTo("http://localhost:8080/articles/russia-offers-to-host-taliban-talks"))
                .body("redirect", equalTo(true))
                .body("id", notNullValue());
        given().queryParam("path", "/articles/russia-offers-to-host-taliban-talks").get("/api/v1/resolve").then()
                .statusCode(200).body("redirect", equalTo(false));
        given().get("/api/v1/articles/slug/russia-offers-to-host-taliban-talks").then().statusCode(200)
                .body("publishedAt", equalTo("2025-04-16T05:20:00Z"))
                .body("authors[0].slug", notNullValue());

        // Bodies: block comments gone, [caption] became a figure, scripts sanitized away.
        String bodies = String.join("\n", db.strings("SELECT body_html FROM content_items WHERE id IN "
                + "(SELECT entity_id FROM import_refs WHERE site = ? AND kind = 'item')", SITE));
        org.hamcrest.MatcherAssert.assertThat(bodies, not(containsString("wp:paragraph")));
        org.hamcrest.MatcherAssert.assertThat(bodies, not(containsString("[caption")));
        org.hamcrest.MatcherAssert.assertThat(bodies, containsString("<figcaption>A caption</figcaption>"));
        org.hamcrest.MatcherAssert.assertThat(bodies, not(containsString("<script")));

        long items = db.count("SELECT count(*) FROM content_items");
        long comments = db.count("SELECT count(*) FROM comments");
        JsonPath again = ImportJobs.finished(ImportJobs.start(wxr, ""));
        assertEquals("succeeded", again.getString("status"), () -> again.prettify());
        assertEquals(0, again.getInt("created"), () -> again.prettify());
        assertEquals(79, again.getInt("updated"));
        assertEquals(20, again.getInt("skipped"));
        assertEquals(items, db.count("SELECT count(*) FROM content_items"), "re-import duplicates no item");
        assertEquals(comments, db.count("SELECT count(*) FROM comments"), "re-import duplicates no comment");

        asAdmin().get("/api/v1/imports").then().statusCode(200)
                .body("data.id", org.hamcrest.Matchers.hasItem(job.getString("id")));
    }

    private long refs(String kind) {
        return db.count("SELECT count(*) FROM import_refs WHERE site = ? AND kind = ?", SITE, kind);
    }

    private long imported(String condition) {
        return db.count("SELECT count(*) FROM content_items WHERE " + condition + " AND id IN "
                + "(SELECT entity_id FROM import_refs WHERE site = ? AND kind = 'item')", SITE);
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
