package dev.byline.media;

import static dev.byline.media.MediaApi.as;
import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Media shown by content (API.md §11): featured images, images in bodies, and what follows from use. */
@QuarkusTest
class MediaInContentTest {

    private static JsonPath media(int width, int height, String alt) {
        return as(Fixtures.ADMIN_TOKEN).multiPart("file", "lead.jpg", TestImages.jpeg(width, height), "image/jpeg")
                .multiPart("alt", alt).multiPart("caption", "Media caption").multiPart("credit", "Media credit")
                .post("/api/v1/media").then().statusCode(201).extract().jsonPath();
    }

    private static String author() {
        String slug = Fixtures.unique("photog");
        ContentFixtures.author(slug);
        return slug;
    }

    @Test
    void shouldExpandAFeaturedMediaItemInFullAndSummaryViews() {
        JsonPath m = media(1000, 600, "Media alt");
        String id = m.getString("id");
        String url = m.getString("url");
        Map<String, Object> article = ContentFixtures.published(Fixtures.unique("Lead story"), author());
        article.put("featuredImage", Map.of("mediaId", id, "alt", "Overridden alt"));
        String articleId = ContentFixtures.create("articles", article);

        JsonPath full = given().get("/api/v1/articles/" + articleId).then().statusCode(200)
                .header("Surrogate-Key", containsString("media:" + id))
                .extract().jsonPath();
        assertEquals(id, full.getString("featuredImage.mediaId"));
        assertEquals(url, full.getString("featuredImage.url"));
        assertEquals("Overridden alt", full.getString("featuredImage.alt"));
        assertEquals("Media caption", full.getString("featuredImage.caption"));
        assertEquals("Media credit", full.getString("featuredImage.credit"));
        assertEquals(1000, full.getInt("featuredImage.width"));
        assertEquals(600, full.getInt("featuredImage.height"));
        assertEquals(List.of(320, 640, 960, 1000), full.getList("featuredImage.srcset.width"));
        assertEquals(url + "?w=320", full.getString("featuredImage.srcset[0].url"));
        assertEquals(url, full.getString("featuredImage.srcset[3].url"));

        given().get("/api/v1/articles?size=100").then().statusCode(200)
                .body("data.find { it.id == '" + articleId + "' }.featuredImage.mediaId", equalTo(id))
                .body("data.find { it.id == '" + articleId + "' }.featuredImage.srcset", hasSize(4));
        // Public once published content shows it.
        given().get("/api/v1/media/" + id).then().statusCode(200).body("id", equalTo(id))
                .header("Surrogate-Key", "media:" + id);
    }

    @Test
    void shouldKeepExternalFeaturedImagesAndRefuseUnknownMedia() {
        Map<String, Object> article = ContentFixtures.body(Fixtures.unique("External"), author());
        article.put("featuredImage", Map.of("url", "https://cdn.example.com/x.jpg", "alt", "X"));
        String id = ContentFixtures.create("articles", article);
        asAdmin().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("featuredImage.url", equalTo("https://cdn.example.com/x.jpg"))
                .body("featuredImage.mediaId", nullValue())
                .body("featuredImage.width", nullValue())
                .body("featuredImage.height", nullValue())
                .body("featuredImage.srcset", hasSize(0))
                .body("featuredImage.alt", equalTo("X"));

        Map<String, Object> unknown = ContentFixtures.body(Fixtures.unique("Unknown media"), author());
        unknown.put("featuredImage", Map.of("mediaId", "0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a"));
        asAdmin().body(unknown).post("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("featuredImage.mediaId"));
        Map<String, Object> both = ContentFixtures.body(Fixtures.unique("Both"), author());
        both.put("featuredImage", Map.of("mediaId", media(50, 50, "a").getString("id"), "url", "https://x.example/y.jpg"));
        asAdmin().body(both).post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> neither = ContentFixtures.body(Fixtures.unique("Neither"), author());
        neither.put("featuredImage", Map.of("alt", "nothing"));
        asAdmin().body(neither).post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldListItemsWithFeaturedImagesInAFixedNumberOfStatements() {
        String author = author();
        String section = Fixtures.unique("pictures");
        ContentFixtures.section(section);
        for (int i = 0; i < 6; i++) {
            Map<String, Object> post = ContentFixtures.published("Pictured " + i + " " + section, author);
            post.put("section", section);
            post.put("featuredImage", Map.of("mediaId", media(100 + i, 80, "p" + i).getString("id")));
            ContentFixtures.create("posts", post);
        }
        int two = statements("/api/v1/posts?section=" + section + "&size=2");
        int six = statements("/api/v1/posts?section=" + section + "&size=6");
        assertEquals(two, six, "statements for 2 items vs 6 items");
        given().get("/api/v1/posts?section=" + section + "&size=6").then()
                .body("data.featuredImage.mediaId", not(org.hamcrest.Matchers.hasItem(nullValue())));
    }

    @Test
    void shouldKeepResponsiveImagesAndFiguresInBodiesAndDropUnsafeOnes() {
        JsonPath m = media(800, 400, "Body image");
        String url = m.getString("url");
        String html = "<figure><img src=\"" + url + "\" srcset=\"" + url + "?w=320 320w, " + url + "?w=640 640w\" "
                + "sizes=\"(max-width: 640px) 100vw, 640px\" loading=\"lazy\" width=\"800\" height=\"400\" "
                + "alt=\"In the body\"><figcaption>A <em>caption</em></figcaption></figure>"
                + "<p><img src=\"https://cdn.example.com/ok.jpg\" alt=\"ok\"></p>"
                + "<p><img src=\"http://insecure.example.com/x.jpg\" alt=\"insecure\"></p>"
                + "<p><img src=\"javascript:alert(1)\" alt=\"js\" onerror=\"alert(1)\"></p>"
                + "<p><img src=\"https://cdn.example.com/z.jpg\" srcset=\"javascript:alert(1) 1x\" loading=\"soon\""
                + " sizes=\"expression(alert(1))\" alt=\"z\"></p>";
        Map<String, Object> article = ContentFixtures.published(Fixtures.unique("Body pictures"), author());
        article.remove("bodyMarkdown");
        article.put("bodyHtml", html);
        String id = ContentFixtures.create("articles", article);
        String body = given().get("/api/v1/articles/" + id).then().statusCode(200)
                .header("Surrogate-Key", containsString("media:" + m.getString("id")))
                .extract().path("bodyHtml");
        Element figure = Jsoup.parseBodyFragment(body).selectFirst("figure");
        assertTrue(figure != null, body);
        Element img = figure.selectFirst("img");
        assertEquals(url, img.attr("src"));
        assertEquals(url + "?w=320 320w, " + url + "?w=640 640w", img.attr("srcset"));
        assertEquals("(max-width: 640px) 100vw, 640px", img.attr("sizes"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals("800", img.attr("width"));
        assertEquals("400", img.attr("height"));
        assertEquals("In the body", img.attr("alt"));
        assertEquals("A <em>caption</em>", figure.selectFirst("figcaption").html());
        assertEquals(List.of("https://cdn.example.com/ok.jpg", "https://cdn.example.com/z.jpg"),
                Jsoup.parseBodyFragment(body).select("p img").eachAttr("src"));
        assertTrue(!body.contains("insecure.example.com"), body);
        assertTrue(!body.contains("javascript:") && !body.contains("onerror") && !body.contains("expression("), body);
        assertTrue(!body.contains("soon"), body);
        // The body's use counts: the media item is public and cannot be deleted.
        given().get("/api/v1/media/" + m.getString("id")).then().statusCode(200);
        asAdmin().delete("/api/v1/media/" + m.getString("id")).then().statusCode(409);
    }

    @Test
    void shouldRefuseToDeleteMediaInUseNamingTheItems() {
        JsonPath m = media(200, 100, "In use");
        String mediaId = m.getString("id");
        Map<String, Object> draft = ContentFixtures.body(Fixtures.unique("Draft with image"), author());
        draft.put("featuredImage", Map.of("mediaId", mediaId));
        String articleId = ContentFixtures.create("articles", draft);
        // A draft's use does not make the media public…
        given().get("/api/v1/media/" + mediaId).then().statusCode(404);
        // …but does keep it from being deleted.
        asAdmin().delete("/api/v1/media/" + mediaId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Draft with image"))
                .body("usedBy[0].id", equalTo(articleId))
                .body("usedBy[0].type", equalTo("article"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("featuredImage", null);
        asAdmin().contentType("application/merge-patch+json").body(clear).patch("/api/v1/articles/" + articleId)
                .then().statusCode(200).body("featuredImage", nullValue());
        asAdmin().delete("/api/v1/media/" + mediaId).then().statusCode(204);
    }

    @Test
    void shouldMoveTheVersionOfContentWhenItsMediaTextChanges() {
        JsonPath m = media(300, 200, "Before");
        Map<String, Object> article = ContentFixtures.published(Fixtures.unique("Versioned"), author());
        article.put("featuredImage", Map.of("mediaId", m.getString("id")));
        String id = ContentFixtures.create("articles", article);
        String before = given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("featuredImage.alt", equalTo("Before")).extract().header("ETag");
        asAdmin().contentType("application/merge-patch+json").body(Map.of("alt", "After"))
                .patch("/api/v1/media/" + m.getString("id")).then().statusCode(200);
        String after = given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("featuredImage.alt", equalTo("After")).extract().header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void shouldAnswerBadRequestNotServerErrorWhenTheMediaIsDeletedWhileAnItemIsBeingSaved() throws Exception {
        String mediaId = media(400, 300, "Soon gone").getString("id");
        String articleId = ContentFixtures.create("articles",
                ContentFixtures.published(Fixtures.unique("Race"), author()));
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection deleter = DriverManager.getConnection(url, "postgres", null)) {
            deleter.setAutoCommit(false);
            try (Statement statement = deleter.createStatement()) {
                // A DELETE of the media item caught between its checks and its commit.
                statement.execute("SELECT id FROM media WHERE id = '" + mediaId + "' FOR UPDATE");
                statement.execute("DELETE FROM media WHERE id = '" + mediaId + "'");
            }
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<io.restassured.response.Response> save = pool.submit(() -> given()
                        .auth().oauth2(Fixtures.ADMIN_TOKEN).contentType("application/merge-patch+json")
                        .body(Map.of("featuredImage", Map.of("mediaId", mediaId)))
                        .patch("/api/v1/articles/" + articleId));
                waitForALockWait(deleter);
                deleter.commit();
                io.restassured.response.Response answer = save.get(60, TimeUnit.SECONDS);
                assertEquals(400, answer.statusCode(), answer.asString());
                assertTrue(answer.asString().contains("featuredImage.mediaId"), answer.asString());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Until the save waits on the deleter's row lock (synchronisation, not a timing assertion). */
    private static void waitForALockWait(Connection connection) throws Exception {
        for (int i = 0; i < 600; i++) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                            + "WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the save never waited for the media row");
    }

    private static int statements(String url) {
        return Integer.parseInt(given().get(url).then().statusCode(200).extract().header("X-Statement-Count"));
    }
}
