package dev.byline.exports;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.MediaFixtures;
import dev.byline.support.PackagedApp;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Moving a site: export from one Byline, restore into a second one (another database, another
 * media storage, another process), export again: the same bytes but for the header line. Ids,
 * slugs, old slugs, old paths, versions, dates, revisions, comments, media records and their
 * files all survive. Then a restore where the files already are (a third database on the first
 * one's storage), with one file lost.
 */
class ExportRoundTripIT {

    private static final String TOKEN = "byl_export-round-trip-0123456789abcdefghijklmnop";
    private static final String OLD_PATH = "/2025/04/russia-offers-to-host-taliban-talks/";

    private Path work;

    @BeforeEach
    void prepare() throws IOException {
        PackagedApp.assumePackaged();
        work = Files.createTempDirectory("byline-export-it");
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void shouldMoveASiteIntoASecondDatabaseAndStorageLosingNothing() throws Exception {
        Path storageA = work.resolve("media-a");
        String embedded;
        String referenced;
        Seeded seeded;
        byte[] featuredFile;
        try (PackagedApp a = PackagedApp.start(PackagedApp.freshDatabase("export_a"), storageA, TOKEN, work)) {
            seeded = seed(a);
            embedded = export(a, "embed");
            referenced = export(a, "reference");
            featuredFile = a.anonymous().get(seeded.featuredUrl).then().statusCode(200).extract().asByteArray();
        }
        List<String> lines = Arrays.asList(embedded.split("\n"));
        assertTrue(lines.get(0).contains("\"kind\":\"header\"") && lines.get(0).contains("\"media\":\"embed\""),
                lines.get(0));
        assertEquals(81, lines.stream().filter(line -> !line.contains("\"kind\" : \"importRef\"")).count() - 1,
                "the 4 authors, 7 sections, 8 tags, 2 media, 23 articles and 37 comments");
        assertEquals(List.of("author", "section", "tag", "media", "article", "comment", "importRef"),
                kindsInOrder(lines), "dependency order: media before the items that show them, import references last");
        String featuredLine = line(lines, seeded.featured);
        assertTrue(featuredLine.contains("\"file\" : \"") && featuredLine.contains("\"alt\" : \"Moscow talks\"")
                && featuredLine.contains("\"storageKey\" : \"" + seeded.featured + "/original\"")
                && featuredLine.contains("\"version\" : 2"), featuredLine);
        assertFalse(line(Arrays.asList(referenced.split("\n")), seeded.featured).contains("\"file\""),
                "by default the export names the file and does not carry it");

        try (PackagedApp b = PackagedApp.start(PackagedApp.freshDatabase("export_b"), work.resolve("media-b"),
                TOKEN, work)) {
            JsonPath restored = finished(b, restore(b, embedded));
            assertEquals("succeeded", restored.getString("status"), restored::prettify);
            assertEquals("byline", restored.getString("source"));
            assertEquals(List.of(), restored.getList("errors"));
            assertEquals(lines.size() - 1, restored.getInt("created"));

            assertEquals(withoutHeader(embedded), withoutHeader(export(b, "embed")),
                    "the second site exports the same bytes");

            JsonPath refused = finished(b, restore(b, embedded));
            assertEquals("failed", refused.getString("status"), "a restore needs an empty database");
            assertTrue(refused.getString("errors[-1].message").contains("empty database"));

            assertArrayEquals(featuredFile, b.anonymous().get(seeded.featuredUrl).then().statusCode(200)
                    .extract().asByteArray(), "the file moved with its record");
            b.anonymous().get("/api/v1/media/" + seeded.featured).then().statusCode(200)
                    .body("alt", equalTo("Moscow talks"));
            b.anonymous().get("/api/v1/media/" + seeded.unused).then().statusCode(404);
            b.anonymous().queryParam("path", OLD_PATH).get("/api/v1/resolve").then().statusCode(200)
                    .body("redirect", equalTo(true)).body("slug", equalTo("russia-offers-talks"));
            List<String> publicMedia = b.anonymous().queryParam("limit", 1000).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath().getList("data.findAll { it.kind == 'media' }.id");
            assertEquals(List.of(seeded.featured), publicMedia.stream().distinct().toList(),
                    "anonymous readers of the new site hear of the shown media item only");

            JsonPath again = finished(b, importWordPress(b));
            assertEquals("succeeded", again.getString("status"), again::prettify);
            assertEquals(0, again.getInt("created"),
                    "the WordPress file imported again on the new site updates what the old site imported");
        }

        // Restoring where the files already are (a backup put back on the same storage), one of them lost.
        Files.delete(storageA.resolve(seeded.unused).resolve("original"));
        try (PackagedApp c = PackagedApp.start(PackagedApp.freshDatabase("export_c"), storageA, TOKEN, work)) {
            JsonPath restored = finished(c, restore(c, referenced));
            assertEquals("succeeded", restored.getString("status"), restored::prettify);
            assertEquals(lines.size() - 1, restored.getInt("created"));
            assertEquals(1, restored.getList("errors").size(), restored::prettify);
            assertTrue(restored.getString("errors[0].ref").contains(seeded.unused), restored::prettify);
            assertTrue(restored.getString("errors[0].message").contains("restored without its file"));
            assertEquals(withoutHeader(referenced), withoutHeader(export(c, "reference")));
            assertArrayEquals(featuredFile, c.anonymous().get(seeded.featuredUrl).then().statusCode(200)
                    .extract().asByteArray());
        }
    }

    private record Seeded(String featured, String unused, String featuredUrl) {
    }

    private static String importWordPress(PackagedApp app) throws IOException {
        byte[] wxr;
        try (InputStream in = ExportRoundTripIT.class.getResourceAsStream("/wordpress/sample-newsroom.wxr.xml")) {
            wxr = in.readAllBytes();
        }
        Response started = app.asAdmin().contentType("application/xml").body(wxr).post("/api/v1/imports");
        started.then().statusCode(202);
        return started.header("Location");
    }

    private Seeded seed(PackagedApp app) throws IOException {
        assertEquals("succeeded", finished(app, importWordPress(app)).getString("status"));

        String featured = upload(app, "moscow.png");
        String unused = upload(app, "unused.png");
        String featuredUrl = app.asAdmin().contentType(ContentType.JSON).body(Map.of("alt", "Moscow talks"))
                .patch("/api/v1/media/" + featured).then().statusCode(200).extract().path("url");
        // An edit that leaves a revision and an old slug behind, and shows the picture.
        String id = app.anonymous().get("/api/v1/articles/slug/russia-offers-to-host-taliban-talks")
                .then().statusCode(200).extract().path("id");
        app.asAdmin().contentType(ContentType.JSON).body(Map.of("slug", "russia-offers-talks",
                        "title", "Russia offers talks", "featuredImage", Map.of("mediaId", featured)))
                .patch("/api/v1/articles/" + id).then().statusCode(200);
        return new Seeded(featured, unused, featuredUrl);
    }

    private static String upload(PackagedApp app, String fileName) {
        return app.asAdmin().multiPart("file", fileName, MediaFixtures.uniquePng(24, 16), "image/png")
                .post("/api/v1/media").then().statusCode(201).extract().path("id");
    }

    private static String export(PackagedApp app, String media) {
        Response response = app.asAdmin().queryParam("revisions", true).queryParam("media", media)
                .get("/api/v1/export");
        response.then().statusCode(200).contentType("application/x-ndjson");
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    private static String restore(PackagedApp app, String ndjson) {
        Response response = app.asAdmin().contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports");
        response.then().statusCode(202);
        return response.header("Location");
    }

    private static List<String> kindsInOrder(List<String> lines) {
        return lines.stream().skip(1).map(line -> JsonPath.from(line).getString("kind")).distinct().toList();
    }

    private static String line(List<String> lines, String id) {
        return lines.stream().filter(line -> line.contains("\"id\" : \"" + id + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no record of " + id));
    }

    private static String withoutHeader(String export) {
        return export.substring(export.indexOf('\n') + 1);
    }

    private static JsonPath finished(PackagedApp app, String location) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath job = app.asAdmin().get(location).then().statusCode(200).extract().jsonPath();
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
