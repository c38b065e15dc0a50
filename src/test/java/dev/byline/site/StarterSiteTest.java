package dev.byline.site;

import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The starter site (API.md §12) in a real headless Chromium: the sample news page rendered
 * from the public API alone, and a reader's comment posted through its form.
 */
@QuarkusTest
class StarterSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldServeSiteShellWithoutTokenWhenAnyPagePathIsAsked() {
        given().get("/site/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<script src=\"/site/site.js\""));
        for (String page : List.of("/site/articles/any-slug", "/site/posts/a", "/site/sections/world",
                "/site/tags/russia", "/site/authors/tahir-khan")) {
            given().get(page).then().statusCode(200).body(containsString("id=\"recent\""));
        }
        given().get("/site/site.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/site/site.css").then().statusCode(200).contentType(containsString("text/css"));
        given().redirects().follow(false).get("/site").then().statusCode(302).header("Location", endsWith("/site/"));
        given().get("/site/no-such-file.js").then().statusCode(404).contentType("application/problem+json");
        given().get("/site/articles/a/b").then().statusCode(404);
    }

    @Test
    void shouldRenderSampleArticlePageAndTakeReaderCommentWhenOpenedInBrowser() throws Exception {
        Sample sample = Sample.create();
        String page = siteUrl("/site/articles/" + sample.slug);

        try (Browser browser = Browser.start()) {
            browser.open(page);
            var driver = browser.driver();

            assertEquals(sample.title, text(driver.findElement(By.cssSelector("h1.headline"))));
            assertEquals("World", source(driver.findElement(By.cssSelector("article .kicker"))));
            WebElement author = driver.findElement(By.cssSelector(".byline a[rel=author]"));
            assertEquals("Tahir Khan", text(author));
            assertTrue(author.getAttribute("href").endsWith("/site/authors/tahir-khan"), author.getAttribute("href"));
            assertEquals("ISLAMABAD", text(driver.findElement(By.cssSelector(".meta .dateline-meta"))));
            assertEquals("14 mins ago", text(driver.findElement(By.cssSelector(".meta time.ago"))));
            assertTrue(text(driver.findElement(By.cssSelector(".meta time.date"))).matches("\\d{1,2} \\w+ \\d{4}"));

            List<WebElement> paragraphs = driver.findElements(By.cssSelector("article .body p"));
            assertEquals(15, paragraphs.size(), "the story's 15 paragraphs");
            assertTrue(text(paragraphs.get(0)).startsWith("ISLAMABAD: Russia has inched towards a bigger role"),
                    text(paragraphs.get(0)));
            assertTrue(text(paragraphs.get(14)).startsWith("Majority in Afghanistan are disagreed"));
            assertTrue(driver.findElements(By.cssSelector(".lead-image")).isEmpty(), "no lead image in the sample");

            String itemUrl = given().get("/api/v1/articles/" + sample.id).then().statusCode(200)
                    .extract().path("url");
            String shareTarget = itemUrl == null ? page : itemUrl;
            String encoded = URLEncoder.encode(shareTarget, StandardCharsets.UTF_8).replace("+", "%20");
            assertTrue(driver.findElement(By.cssSelector(".share-facebook")).getAttribute("href")
                    .endsWith("u=" + encoded), "share links point at the item's url");
            assertEquals(shareTarget, driver.findElement(By.cssSelector(".copy-link")).getAttribute("data-url"));

            List<WebElement> recent = driver.findElements(By.cssSelector("#recent li"));
            assertEquals(6, recent.size());
            List<String> titles = new ArrayList<>();
            for (WebElement entry : recent) {
                titles.add(text(entry.findElement(By.cssSelector(".title"))));
                assertEquals("Pakistan", source(entry.findElement(By.cssSelector(".kicker"))));
                assertFalse(text(entry.findElement(By.cssSelector(".excerpt"))).isBlank());
                assertTrue(text(entry.findElement(By.cssSelector(".age"))).matches("just now|\\d+ mins? ago"));
            }
            assertEquals(sample.recentTitles, titles, "the sidebar shows the sample's recent posts, newest first");

            Path shot = browser.screenshot("starter-site-article.png");
            assertTrue(Files.size(shot) > 10_000, "a real screenshot");

            // A reader comments through the form; the honeypot is there but out of sight.
            WebElement honeypot = driver.findElement(By.name("website"));
            assertTrue(honeypot.getRect().getX() < 0, "the honeypot sits off-screen");
            assertEquals("-1", honeypot.getAttribute("tabindex"));
            String name = Fixtures.unique("Amina");
            driver.findElement(By.name("authorName")).sendKeys(name);
            driver.findElement(By.name("authorEmail")).sendKeys(Fixtures.unique("amina") + "@example.com");
            driver.findElement(By.name("body")).sendKeys("Thanks for the report.\nWill the US attend?");
            driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("#comment-form .notice"),
                    "data-status", "pending"));
            assertEquals("Thank you. Your comment awaits moderation.",
                    text(driver.findElement(By.cssSelector("#comment-form .notice"))));

            browser.screenshot("starter-site-comment.png");

            asAdmin().get("/api/v1/comments?status=pending&size=100").then().statusCode(200)
                    .body("data.authorName", hasItem(name));
            String commentBody = asAdmin().get("/api/v1/comments?status=pending&size=100").jsonPath()
                    .param("name", name).getString("data.find { it.authorName == name }.bodyHtml");
            assertEquals("<p>Thanks for the report.<br>Will the US attend?</p>", commentBody);
        }
    }

    @Test
    void shouldShowApprovedCommentsAndMarkBotCommentAsSpamWhenHoneypotIsFilled() throws Exception {
        Sample sample = Sample.create();
        Map<String, Object> approved = Map.of("authorName", "Editor Desk", "authorEmail", "desk@example.com",
                "body", "Corrected the date in paragraph 6.");
        asAdmin().header("X-Forwarded-For", "2001:db8::77").body(approved)
                .post("/api/v1/articles/" + sample.id + "/comments").then().statusCode(201);

        try (Browser browser = Browser.start()) {
            browser.open(siteUrl("/site/articles/" + sample.slug));
            var driver = browser.driver();
            assertEquals("Comments (1)", text(driver.findElement(By.id("comments-heading"))));
            assertEquals("Editor Desk", text(driver.findElement(By.cssSelector(".comment .who"))));

            String name = Fixtures.unique("Bot");
            driver.findElement(By.name("authorName")).sendKeys(name);
            driver.findElement(By.name("authorEmail")).sendKeys(Fixtures.unique("bot") + "@example.com");
            driver.findElement(By.name("body")).sendKeys("Great post");
            // A bot fills every field it finds, the invisible one too.
            driver.executeScript("document.querySelector('input[name=website]').value = 'https://spam.example'");
            driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("#comment-form .notice"),
                    "data-status", "spam"));
            // The bot is told what any pending comment is told.
            assertEquals("Thank you. Your comment awaits moderation.",
                    text(driver.findElement(By.cssSelector("#comment-form .notice"))));
        }
        asAdmin().get("/api/v1/comments?status=spam&size=100").then().statusCode(200)
                .body("data.authorName", hasItem(startsWith("Bot-")));
    }

    @Test
    void shouldShowLeadImageAndSectionPageWhenOpenedInBrowser() throws Exception {
        String section = Fixtures.unique("desk");
        asAdmin().body(Map.of("name", "Desk " + section, "slug", section)).post("/api/v1/sections")
                .then().statusCode(201);
        String author = Fixtures.unique("writer");
        asAdmin().body(Map.of("name", "Writer " + author, "slug", author, "bio", "Writes."))
                .post("/api/v1/authors").then().statusCode(201);
        String title = Fixtures.unique("Lead image story");
        String slug = asAdmin().body(Map.of("title", title, "bodyMarkdown", "A story with a picture.",
                        "authors", List.of(author), "section", section, "status", "published",
                        "featuredImage", Map.of("url", siteUrl("/site/no-image.jpg"), "alt", "Delegates in Moscow",
                                "caption", "The April talks", "credit", "Reuters")))
                .post("/api/v1/posts").then().statusCode(201).extract().path("slug");

        try (Browser browser = Browser.start()) {
            browser.open(siteUrl("/site/posts/" + slug));
            var driver = browser.driver();
            WebElement image = driver.findElement(By.cssSelector(".lead-image img"));
            assertEquals("Delegates in Moscow", image.getAttribute("alt"));
            assertEquals(siteUrl("/site/no-image.jpg"), image.getAttribute("src"));
            assertEquals("The April talks · Reuters", text(driver.findElement(By.cssSelector(".lead-image figcaption"))));

            browser.open(siteUrl("/site/sections/" + section));
            assertEquals("Desk " + section, text(driver.findElement(By.cssSelector("h1.page-title"))));
            List<WebElement> teasers = driver.findElements(By.cssSelector(".teaser h2 a"));
            assertEquals(1, teasers.size());
            assertEquals(title, text(teasers.get(0)));
            teasers.get(0).click();
            browser.waitFor(By.cssSelector("h1.headline"));
            assertEquals(title, text(driver.findElement(By.cssSelector("h1.headline"))));

            browser.open(siteUrl("/site/authors/" + author));
            assertEquals("Writer " + author, text(driver.findElement(By.cssSelector("h1.page-title"))));
            assertEquals("Writes.", text(driver.findElement(By.cssSelector(".author-bio"))));

            browser.open(siteUrl("/site/"));
            assertEquals("Latest", text(driver.findElement(By.cssSelector("h1.page-title"))));
            assertFalse(driver.findElements(By.cssSelector(".teaser")).isEmpty());

            String draft = asAdmin().body(Map.of("title", "Draft " + title, "bodyMarkdown", "Work in progress.",
                    "authors", List.of(author))).post("/api/v1/articles").then().statusCode(201).extract().path("id");
            String previewUrl = asAdmin().post("/api/v1/articles/" + draft + "/preview").then().statusCode(201)
                    .extract().path("url");
            browser.open(siteUrl(java.net.URI.create(previewUrl).getPath()));
            assertEquals("Draft " + title, text(driver.findElement(By.cssSelector("h1.headline"))));
            assertTrue(text(driver.findElement(By.cssSelector(".preview-banner"))).startsWith("Preview of a draft article"));
            assertEquals("noindex", driver.findElement(By.cssSelector("meta[name=robots]")).getAttribute("content"));

            browser.open(siteUrl("/site/articles/" + Fixtures.unique("missing")));
            assertEquals("Not found", text(driver.findElement(By.cssSelector("h1.page-title"))));
        }
    }

    private static String text(WebElement element) {
        return element.getText().strip();
    }

    /** The text as written, before CSS upper-cases it. */
    private static String source(WebElement element) {
        return element.getDomProperty("textContent").strip();
    }

    private static String siteUrl(String path) {
        return RestAssured.baseURI + ":" + RestAssured.port + path;
    }

    /**
     * The sample news page made through the API: its author, sections and tags, the article
     * (published 14 minutes ago, as the page shows it) and the six "Recent posts" dated a few
     * milliseconds after the start, so they are the newest items whatever other tests left behind.
     */
    record Sample(String id, String slug, String title, List<String> recentTitles) {

        static Sample create() throws Exception {
            ensure("/api/v1/authors", Map.of("name", "Tahir Khan", "slug", "tahir-khan", "bio", "Reporter, Islamabad."));
            ensure("/api/v1/sections", Map.of("name", "World", "slug", "world"));
            ensure("/api/v1/sections", Map.of("name", "Pakistan", "slug", "pakistan"));
            ObjectNode article = (ObjectNode) demo("seed-article.json");
            for (JsonNode tag : article.withArray("tags")) {
                ensure("/api/v1/tags", Map.of("name", tag.asText(), "slug", tag.asText()));
            }
            String suffix = Fixtures.unique("site");
            String title = article.get("title").asText() + " " + suffix;
            article.put("title", title);
            // Dated after everything other tests made before this point, so they are the newest items.
            Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Instant now = start.truncatedTo(ChronoUnit.SECONDS);
            article.put("publishedAt", now.minus(Duration.ofMinutes(14)).minusSeconds(20).toString());
            var created = asAdmin().body(article.toString()).post("/api/v1/articles").then().statusCode(201)
                    .extract();
            List<String> titles = new ArrayList<>();
            JsonNode posts = demo("recent-posts.json");
            for (int i = posts.size() - 1; i >= 0; i--) {
                ObjectNode post = (ObjectNode) posts.get(i);
                post.putArray("authors").add("tahir-khan");
                post.put("publishedAt", start.plusMillis(posts.size() - i).toString());
                asAdmin().body(post.toString()).post("/api/v1/posts").then().statusCode(201);
                titles.add(0, post.get("title").asText());
            }
            return new Sample(created.path("id"), created.path("slug"), title, titles);
        }

        private static JsonNode demo(String name) throws Exception {
            try (InputStream in = StarterSiteTest.class.getResourceAsStream("/demo/" + name)) {
                return JSON.readTree(in);
            }
        }

        private static void ensure(String collection, Map<String, String> body) {
            if (asAdmin().get(collection + "/slug/" + body.get("slug")).statusCode() == 404) {
                asAdmin().body(body).post(collection).then().statusCode(201);
            }
        }
    }
}
