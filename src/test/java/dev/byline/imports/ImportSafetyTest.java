package dev.byline.imports;

import static dev.byline.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.Fixtures;
import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hostile or broken files fail safely; the job's rules (admin only, one run, resume) hold. */
@QuarkusTest
class ImportSafetyTest {

    @Inject
    TestDatabase db;

    @Test
    void shouldFailABillionLaughsFileWithoutExpandingIt() {
        String site = "http://laughs-" + UUID.randomUUID() + ".local";
        String wxr = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                 <!ENTITY lol "lol">
                 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                """ + WxrSamples.header(site).substring(WxrSamples.header(site).indexOf("<rss"))
                .replace("<title>Made up</title>", "<title>&lol9;</title>")
                + WxrSamples.post(site, 1, "publish") + WxrSamples.footer();
        JsonPath job = ImportJobs.finished(ImportJobs.start(wxr, ""));
        assertEquals("failed", job.getString("status"));
        assertEquals("file", job.getString("errors[-1].ref"));
        assertEquals(0L, refs(site));
    }

    @Test
    void shouldNotReadALocalFileNamedByAnExternalEntity() throws Exception {
        Path secret = Files.createTempFile("byline-secret", ".txt");
        String marker = "secret-" + UUID.randomUUID();
        Files.writeString(secret, marker);
        try {
            String site = "http://xxe-" + UUID.randomUUID() + ".local";
            String body = WxrSamples.header(site).substring(WxrSamples.header(site).indexOf("<rss"))
                    + WxrSamples.post(site, 1, "publish").replace("<![CDATA[Nice one]]>", "&xxe;")
                    + WxrSamples.footer();
            String wxr = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                    + body;
            JsonPath job = ImportJobs.finished(ImportJobs.start(wxr, ""));
            assertEquals("failed", job.getString("status"));
            assertFalse(job.prettify().contains(marker));
            assertEquals(0L, db.count("SELECT count(*) FROM comments WHERE body LIKE ?", "%" + marker + "%"));
            assertEquals(0L, refs(site));
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void shouldFailATruncatedFileBeforeImportingAnything() {
        String site = "http://cut-" + UUID.randomUUID() + ".local";
        String whole = WxrSamples.posts(site, 5);
        String cut = whole.substring(0, whole.length() * 2 / 3);
        JsonPath job = ImportJobs.finished(ImportJobs.start(cut, ""));
        assertEquals("failed", job.getString("status"));
        assertTrue(job.getString("errors[-1].message").startsWith("The file is not a readable WordPress export"));
        assertEquals(0L, refs(site), "a file that cannot be read to its end imports nothing");
    }

    @Test
    void shouldListOneBadItemAsAnErrorAndImportTheRest() {
        String site = "http://bad-" + UUID.randomUUID() + ".local";
        String wxr = WxrSamples.header(site) + WxrSamples.post(site, 1, "publish")
                + WxrSamples.post(site, 2, "publish").replace(WxrSamples.login(site) + "]]></dc:creator>",
                "nobody]]></dc:creator>")
                + WxrSamples.post(site, 3, "publish") + WxrSamples.footer();
        JsonPath job = ImportJobs.finished(ImportJobs.start(wxr, ""));
        assertEquals("succeeded", job.getString("status"));
        assertEquals("post 2", job.getString("errors[0].ref"));
        assertEquals(1, job.getList("errors").size());
        assertEquals(7, job.getInt("total"));
        assertEquals(5, job.getInt("created"), "the author, two posts and their comments");
        assertEquals(2, job.getInt("skipped"), "the bad post and its comment");
    }

    @Test
    void shouldRefuseNonAdminsBadOptionsAndOtherMediaTypes() {
        Fixtures.TestUser editor = Fixtures.user("editor");
        String wxr = WxrSamples.posts("http://refused.local", 1);
        editor.request().contentType("application/xml").body(wxr).post("/api/v1/imports").then().statusCode(403);
        asAdmin().contentType("application/xml").body(wxr).post("/api/v1/imports?as=page").then().statusCode(400);
        asAdmin().contentType("text/csv").body("a,b").post("/api/v1/imports").then().statusCode(415);
        asAdmin().contentType("application/xml").body(new byte[0]).post("/api/v1/imports").then().statusCode(400);
        assertEquals(0L, db.count("SELECT count(*) FROM import_jobs WHERE created_by = ?::uuid", editor.id()));
    }

    @Test
    void shouldFireWebhooksForImportedItemsOnlyWhenAskedTo() {
        String webhook = asAdmin().body(Map.of("url", "http://127.0.0.1:9/hook", "events", java.util.List.of(
                "article.published"), "secret", "a-secret-of-thirty-two-characters-or-more")).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        String quiet = "http://quiet-" + UUID.randomUUID() + ".local";
        assertEquals("succeeded", ImportJobs.finished(ImportJobs.start(WxrSamples.posts(quiet, 2), ""))
                .getString("status"));
        assertEquals(0L, deliveries(webhook));
        String loud = "http://loud-" + UUID.randomUUID() + ".local";
        assertEquals("succeeded", ImportJobs.finished(ImportJobs.start(WxrSamples.posts(loud, 2), "?notify=true"))
                .getString("status"));
        assertEquals(2L, deliveries(webhook));
        asAdmin().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
    }

    @Test
    void shouldResumeAJobWhoseRunnerDiedFromTheLastCommittedRecord() {
        String site = "http://resume-" + UUID.randomUUID() + ".local";
        String location = ImportJobs.start(WxrSamples.posts(site, 6), "");
        JsonPath done = ImportJobs.finished(location);
        assertEquals("succeeded", done.getString("status"));
        long items = db.count("SELECT count(*) FROM content_items");
        String id = done.getString("id");
        // As if the runner had died after committing 5 of the 13 records: its lease has run out.
        db.update("UPDATE import_jobs SET status = 'running', processed = 5, created = 5, updated = 0, skipped = 0, "
                + "finished_at = NULL, claim_id = gen_random_uuid(), lease_until = now() - interval '1 second' "
                + "WHERE id = ?::uuid", id);
        JsonPath resumed = ImportJobs.finished(location);
        assertEquals("succeeded", resumed.getString("status"));
        assertEquals(13, resumed.getInt("processed"));
        assertEquals(5, resumed.getInt("created"), "the first five records are not run again");
        assertEquals(8, resumed.getInt("updated"), "the rest is run again, updating what exists");
        assertEquals(items, db.count("SELECT count(*) FROM content_items"), "nothing duplicated");
        assertEquals(2L, db.count("SELECT attempts FROM import_jobs WHERE id = ?::uuid", id));
    }

    @Test
    void shouldRefuseADeclaredLengthOverTheLimitBeforeReadingTheBody() throws Exception {
        java.net.URI base = java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            String request = "POST /api/v1/imports HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: Bearer " + Fixtures.ADMIN_TOKEN + "\r\nContent-Type: application/xml\r\n"
                    + "Content-Length: " + (2L * 1024 * 1024 * 1024) + "\r\n\r\n<rss>";
            socket.getOutputStream().write(bytes(request));
            socket.getOutputStream().flush();
            StringBuilder read = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int n;
            while (!read.toString().contains("max-bytes)") && (n = in.read(buffer)) > 0) {
                read.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            String answer = read.toString();
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("byline.imports.max-bytes"), answer);
        }
    }

    @Test
    void shouldTakeTheFileAsAFormPart() {
        String site = "http://form-" + UUID.randomUUID() + ".local";
        io.restassured.response.Response response = io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN)
                .multiPart("file", "export.xml", bytes(WxrSamples.posts(site, 2)), "application/xml")
                .post("/api/v1/imports?as=post");
        response.then().statusCode(202).body("source", equalTo("wordpress")).body("as", equalTo("post"));
        JsonPath job = ImportJobs.finished(response.header("Location"));
        assertEquals("succeeded", job.getString("status"));
        assertEquals(2L, db.count("SELECT count(*) FROM content_items WHERE type = 'post' AND id IN "
                + "(SELECT entity_id FROM import_refs WHERE site = ? AND kind = 'item')", site));
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN)
                .multiPart("other", "x.xml", bytes("<rss/>"), "application/xml")
                .post("/api/v1/imports").then().statusCode(400);
    }

    private long refs(String site) {
        return db.count("SELECT count(*) FROM import_refs WHERE site = ?", site);
    }

    private long deliveries(String webhook) {
        return db.count("SELECT count(*) FROM webhook_deliveries WHERE webhook_id = ?::uuid", webhook);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
