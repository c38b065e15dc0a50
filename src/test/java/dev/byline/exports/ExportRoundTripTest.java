package dev.byline.exports;

import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Export → restore into an empty database → export again gives the same bytes (but for the
 * header line): ids, slugs, old slugs, versions, dates, revisions and comments all survive.
 */
@QuarkusTest
@TestProfile(SecondDatabase.class)
class ExportRoundTripTest {

    @Inject
    TestDatabase db;

    @Test
    void shouldRestoreAnExportIntoAnEmptyDatabaseLosingNothing() throws IOException {
        assertEquals(SecondDatabase.name(), db.strings("SELECT current_database()").get(0));
        seed();
        String first = export();
        List<String> lines = Arrays.asList(first.split("\n"));
        assertTrue(lines.get(0).contains("\"kind\":\"header\""), lines.get(0));
        assertEquals(80, lines.size(), "a header and the 4 authors, 7 sections, 8 tags, 23 articles and 37 comments");

        JsonPath refused = finished(restore(first));
        assertEquals("failed", refused.getString("status"), "a restore needs an empty database");
        assertTrue(refused.getString("errors[-1].message").contains("empty database"));

        empty();
        JsonPath restored = finished(restore(first));
        assertEquals("succeeded", restored.getString("status"), () -> restored.prettify());
        assertEquals(List.of(), restored.getList("errors"));
        assertEquals(lines.size() - 1, restored.getInt("created"));
        assertEquals("byline", restored.getString("source"));

        String second = export();
        assertEquals(withoutHeader(first), withoutHeader(second));
        given().queryParam("path", "/2025/04/russia-offers-to-host-taliban-talks/").get("/api/v1/resolve")
                .then().statusCode(200).body("redirect", equalTo(true));
    }

    private void seed() throws IOException {
        byte[] wxr;
        try (InputStream in = getClass().getResourceAsStream("/wordpress/sample-newsroom.wxr.xml")) {
            wxr = in.readAllBytes();
        }
        Response started = asAdmin().contentType("application/xml").body(wxr).post("/api/v1/imports");
        started.then().statusCode(202);
        assertEquals("succeeded", finished(started.header("Location")).getString("status"));
        // An edit that leaves a revision and an old slug behind.
        String id = given().get("/api/v1/articles/slug/russia-offers-to-host-taliban-talks").then().statusCode(200)
                .extract().path("id");
        asAdmin().body(Map.of("slug", "russia-offers-talks", "title", "Russia offers talks"))
                .patch("/api/v1/articles/" + id).then().statusCode(200);
    }

    private String export() {
        Response response = asAdmin().get("/api/v1/export?revisions=true");
        response.then().statusCode(200).contentType("application/x-ndjson");
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    private static String restore(String ndjson) {
        Response response = asAdmin().contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports");
        response.then().statusCode(202);
        return response.header("Location");
    }

    private void empty() {
        db.update("UPDATE users SET author_id = NULL");
        db.update("DELETE FROM comments");
        db.update("DELETE FROM content_items");
        db.update("DELETE FROM sections");
        db.update("DELETE FROM tags");
        db.update("DELETE FROM authors");
        db.update("DELETE FROM import_refs");
    }

    private static String withoutHeader(String export) {
        return export.substring(export.indexOf('\n') + 1);
    }

    private static JsonPath finished(String location) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath job = asAdmin().get(location).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if ("succeeded".equals(status) || "failed".equals(status)) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The job at " + location + " did not end within 3 minutes");
    }
}
