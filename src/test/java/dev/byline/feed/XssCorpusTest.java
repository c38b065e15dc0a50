package dev.byline.feed;

import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.byline.support.CommentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A corpus of XSS payloads (src/test/resources/xss-payloads.txt: script, event handlers,
 * javascript:/data: URLs, SVG/MathML, entity-encoded schemes, mXSS) through every field that
 * reaches HTML, JSON Feed or RSS — titles, excerpts, Markdown and HTML bodies, bylines,
 * comments — read back through the API and through the feeds as readers parse them (Rome).
 * Nothing may survive as live markup.
 */
@QuarkusTest
class XssCorpusTest {

    private static final Set<String> DANGEROUS_ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "svg", "math", "form", "input", "button", "base", "link", "meta", "textarea", "template",
            "noscript", "xmp", "details", "video", "audio", "source", "marquee", "isindex", "applet", "body", "html", "head");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "background",
            "dynsrc", "lowsrc", "data", "xlink:href", "poster", "srcset", "cite");

    static List<String> corpus() throws IOException {
        try (InputStream in = XssCorpusTest.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** The HTML, parsed as a browser would, holds no element, attribute or URL that can run script. */
    static void assertSafeHtml(String html, String where) {
        if (html == null) {
            return;
        }
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                assertTrue(element.attributes().isEmpty(), where + ": " + html);
                continue;
            }
            assertFalse(DANGEROUS_ELEMENTS.contains(element.tagName().toLowerCase(Locale.ROOT)),
                    where + " has <" + element.tagName() + ">: " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on") || name.equals("style"), where + " has " + name + ": " + html);
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    assertFalse(url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:"),
                            where + " has " + name + "=" + attribute.getValue());
                }
            }
        }
    }

    @Test
    void shouldLeaveNoLiveMarkupFromAnyPayloadInApiOrFeeds() throws Exception {
        List<String> payloads = corpus();
        assertTrue(payloads.size() >= 80, "at least 80 payloads, have " + payloads.size());
        String section = Fixtures.unique("xss");
        asAdmin().body(Map.of("name", "XSS section", "slug", section)).post("/api/v1/sections").then().statusCode(201);
        int batchSize = 20;
        for (int from = 0; from < payloads.size(); from += batchSize) {
            List<String> batch = payloads.subList(from, Math.min(payloads.size(), from + batchSize));
            String author = Fixtures.unique("xss-author");
            asAdmin().body(Map.of("name", batch.get(0), "slug", author)).post("/api/v1/authors").then().statusCode(201);
            Map<String, String> ids = new HashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                String payload = batch.get(i);
                Map<String, Object> body = new HashMap<>();
                body.put("title", payload.length() > 280 ? payload.substring(0, 280) : payload);
                body.put("excerpt", payload);
                body.put(i % 2 == 0 ? "bodyHtml" : "bodyMarkdown", payload + "\n\nAnd " + payload);
                body.put("authors", List.of(author));
                body.put("section", section);
                body.put("status", "published");
                String id = asAdmin().body(body).post("/api/v1/articles").then().statusCode(201).extract().path("id");
                ids.put(id, payload);
                JsonPath view = given().get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath();
                assertSafeHtml(view.getString("bodyHtml"), "bodyHtml of " + payload);
                assertEquals(payload.length() > 280 ? payload.substring(0, 280) : payload, view.getString("title"),
                        "a title is plain text, kept as sent");
            }
            checkRss("/feed.xml", ids);
            checkRss("/sections/" + section + "/feed.xml", ids);
            checkJsonFeed(ids);
            checkComments(batch);
        }
    }

    private static void checkRss(String path, Map<String, String> ids) throws Exception {
        SyndFeed feed = FeedReaders.rss(path);
        int seen = 0;
        for (SyndEntry entry : feed.getEntries()) {
            String payload = ids.get(entry.getUri() == null ? "" : entry.getUri().replace("urn:uuid:", ""));
            if (payload == null) {
                continue;
            }
            seen++;
            String where = path + " entry for " + payload;
            assertFalse(FeedReaders.hasMarkup(entry.getTitle()), where + " title: " + entry.getTitle());
            assertFalse(FeedReaders.hasMarkup(entry.getDescription().getValue()), where + " description");
            assertFalse(FeedReaders.hasMarkup(entry.getAuthor()), where + " dc:creator: " + entry.getAuthor());
            for (SyndContent content : entry.getContents()) {
                assertSafeHtml(content.getValue(), where + " content:encoded");
            }
        }
        assertEquals(ids.size(), seen, "every item of the batch is in " + path);
    }

    private static void checkJsonFeed(Map<String, String> ids) {
        JsonPath feed = given().get("/feed.json").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = feed.getList("items");
        int seen = 0;
        for (Map<String, Object> item : items) {
            String payload = ids.get(String.valueOf(item.get("id")).replace("urn:uuid:", ""));
            if (payload == null) {
                continue;
            }
            seen++;
            assertSafeHtml((String) item.get("content_html"), "JSON Feed content_html for " + payload);
        }
        assertEquals(ids.size(), seen, "every item of the batch is in the JSON Feed");
    }

    private static void checkComments(List<String> batch) {
        String article = CommentFixtures.publishedItem("articles");
        List<String> commentIds = new ArrayList<>();
        for (String payload : batch) {
            commentIds.add(CommentFixtures.approved("articles", article, CommentFixtures.comment(payload)));
        }
        JsonPath page = given().get("/api/v1/articles/" + article + "/comments?size=100").then().statusCode(200)
                .extract().jsonPath();
        List<String> html = page.getList("data.bodyHtml");
        assertEquals(batch.size(), html.size());
        for (String bodyHtml : html) {
            assertSafeHtml(bodyHtml, "comment bodyHtml");
        }
    }
}
