package dev.byline.feed;

import static dev.byline.support.ContentFixtures.create;
import static dev.byline.support.ContentFixtures.published;
import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** RSS 2.0 and JSON Feed 1.1 at the site root (API.md §7), read with real parsers. */
@QuarkusTest
class FeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private String author;
    private String base;

    @BeforeEach
    void setUp() {
        author = Fixtures.unique("feeder");
        ContentFixtures.author(author);
        base = ConfigProvider.getConfig().getValue("byline.site.base-url", String.class).replaceAll("/+$", "");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return (Element) nodes.item(i);
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent();
    }

    private static List<Element> items(Document rss) {
        Element channel = child(rss.getDocumentElement(), "channel");
        NodeList nodes = channel.getElementsByTagName("item");
        List<Element> items = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            items.add((Element) nodes.item(i));
        }
        return items;
    }

    private static Element item(Document rss, String id) {
        return items(rss).stream().filter(i -> ("urn:uuid:" + id).equals(text(i, "guid"))).findFirst().orElse(null);
    }

    @Test
    void shouldServeValidRssWithEscapedContentWhenItemsArePublished() throws Exception {
        String second = Fixtures.unique("second");
        ContentFixtures.author(second);
        String sectionSlug = Fixtures.unique("feed-world");
        ContentFixtures.section(sectionSlug);
        String title = "Tom & Jerry <b>not bold</b> \"quoted\" " + Fixtures.unique("t");
        Map<String, Object> body = published(title, author);
        body.put("authors", List.of(author, second));
        body.put("section", sectionSlug);
        body.put("bodyMarkdown", "Markup `<script>alert(1)</script>` and a CDATA end ]]> & more.");
        String id = create("articles", body);
        var article = given().get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath();

        var response = given().get("/feed.xml").then().statusCode(200)
                .contentType(startsWith("application/rss+xml"))
                .header("ETag", notNullValue())
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
                .header("Surrogate-Key", containsString("list:articles list:posts"))
                .header("Surrogate-Key", containsString("article:" + id))
                .extract();
        Document rss = parse(response.asByteArray());

        Element root = rss.getDocumentElement();
        assertEquals("rss", root.getTagName());
        assertEquals("2.0", root.getAttribute("version"));
        Element channel = child(root, "channel");
        assertEquals("Byline", text(channel, "title"));
        assertEquals(base + "/", text(channel, "link"));
        assertNotNull(text(channel, "description"));
        ZonedDateTime.parse(text(channel, "lastBuildDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        Element self = (Element) channel.getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals(base + "/feed.xml", self.getAttribute("href"));
        assertEquals("self", self.getAttribute("rel"));
        assertTrue(items(rss).size() <= 20, "at most 20 items");

        Element item = item(rss, id);
        assertNotNull(item, "the new article is among the newest");
        // Readers render the title as HTML: it carries the text HTML-escaped (FeedMarkupTest).
        assertEquals(title, FeedReaders.shownText(text(item, "title")));
        assertEquals(base + "/articles/" + article.getString("slug"), text(item, "link"));
        assertEquals("false", child(item, "guid").getAttribute("isPermaLink"));
        Instant pubDate = ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertEquals(Instant.parse(article.getString("publishedAt")).truncatedTo(ChronoUnit.SECONDS), pubDate);
        assertEquals(article.getString("excerpt"), FeedReaders.shownText(text(item, "description")));
        assertEquals(article.getString("bodyHtml"), item.getElementsByTagNameNS(CONTENT, "encoded").item(0)
                .getTextContent());
        assertEquals(sectionSlug, text(item, "category"));
        NodeList creators = item.getElementsByTagNameNS(DC, "creator");
        assertEquals(2, creators.getLength());
        assertEquals("Author " + author, creators.item(0).getTextContent());
        assertEquals("Author " + second, creators.item(1).getTextContent());

        String raw = response.asString();
        assertFalse(raw.contains("<script>"), "body markup travels escaped");
        assertFalse(raw.contains("<b>not bold</b>"), "titles travel escaped");
    }

    @Test
    void shouldStayWellFormedWhenTitleHasCharactersXmlForbids() throws Exception {
        String title = "Bell \u0007 and form feed \f " + Fixtures.unique("t");
        String id = create("posts", published(title, author));
        Document rss = parse(given().get("/feed.xml").then().statusCode(200).extract().asByteArray());
        assertEquals(title.replace("\u0007", "").replace("\f", ""), text(item(rss, id), "title"));
    }

    @Test
    void shouldLeaveOutUnpublishedItemsWhenBuildingFeeds() throws Exception {
        String draft = create("articles", ContentFixtures.body("Feed draft " + Fixtures.unique("d"), author));
        Map<String, Object> future = published("Feed future " + Fixtures.unique("f"), author);
        future.put("publishedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        String futureId = create("posts", future);
        String visible = create("posts", published("Feed visible " + Fixtures.unique("v"), author));

        Document rss = parse(given().get("/feed.xml").then().statusCode(200).extract().asByteArray());
        assertNotNull(item(rss, visible));
        assertEquals(null, item(rss, draft));
        assertEquals(null, item(rss, futureId));
        List<String> ids = given().get("/feed.json").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(ids.contains("urn:uuid:" + visible));
        assertFalse(ids.contains("urn:uuid:" + draft) || ids.contains("urn:uuid:" + futureId));
    }

    @Test
    void shouldServeJsonFeedWithRequiredFieldsWhenItemsArePublished() {
        Map<String, Object> body = published("JSON feed post " + Fixtures.unique("j"), author);
        body.put("tags", List.of(Fixtures.unique("jtag")));
        body.put("createMissingTags", true);
        String id = create("posts", body);
        var post = given().get("/api/v1/posts/" + id).then().statusCode(200).extract().jsonPath();

        JsonPath feed = given().get("/feed.json").then().statusCode(200)
                .contentType(startsWith("application/feed+json"))
                .header("ETag", notNullValue())
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
                .extract().jsonPath();
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        assertEquals("Byline", feed.getString("title"));
        assertEquals(base + "/", feed.getString("home_page_url"));
        assertEquals(base + "/feed.json", feed.getString("feed_url"));
        assertTrue(feed.getList("items").size() <= 20);
        Map<String, Object> item = feed.getMap("items.find { it.id == 'urn:uuid:" + id + "' }");
        assertNotNull(item, "the new post is among the newest");
        assertEquals(base + "/posts/" + post.getString("slug"), item.get("url"));
        assertEquals(post.getString("title"), item.get("title"));
        assertEquals(post.getString("bodyHtml"), item.get("content_html"));
        assertEquals(post.getString("excerpt"), item.get("summary"));
        assertEquals(post.getString("publishedAt"), item.get("date_published"));
        assertEquals(List.of(Map.of("name", "Author " + author)), item.get("authors"));
        assertEquals(List.of(post.getString("tags[0].name")), item.get("tags"));
        Instant previous = Instant.MAX;
        for (String published : feed.<String>getList("items.date_published")) {
            Instant at = Instant.parse(published);
            assertFalse(at.isAfter(previous), "newest first");
            previous = at;
        }
    }

    @Test
    void shouldAnswerNotModifiedWhenEtagMatchesAndChangeWhenContentChanges() {
        for (String path : List.of("/feed.xml", "/feed.json")) {
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "strong tag: " + etag);
            given().header("If-None-Match", etag).get(path).then().statusCode(304)
                    .header("ETag", etag)
                    .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
                    .body(emptyString());
            given().header("If-None-Match", "\"other\", W/" + etag).get(path).then().statusCode(304);
            given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
        }
        String rssTag = given().get("/feed.xml").then().extract().header("ETag");
        String jsonTag = given().get("/feed.json").then().extract().header("ETag");
        create("articles", published("Changes the feeds " + Fixtures.unique("c"), author));
        given().header("If-None-Match", rssTag).get("/feed.xml").then().statusCode(200)
                .header("ETag", not(equalTo(rssTag)));
        given().header("If-None-Match", jsonTag).get("/feed.json").then().statusCode(200)
                .header("ETag", not(equalTo(jsonTag)));
    }

    @Test
    void shouldServeSectionFeedWithSubsectionsWhenSectionExists() throws Exception {
        String parentSlug = Fixtures.unique("feed-parent");
        String parentId = ContentFixtures.section(parentSlug);
        String childSlug = Fixtures.unique("feed-child");
        ContentFixtures.childSection(childSlug, parentId);
        String otherSlug = Fixtures.unique("feed-other");
        ContentFixtures.section(otherSlug);
        Map<String, Object> inParent = published("In parent " + Fixtures.unique("p"), author);
        inParent.put("section", parentSlug);
        String parentItem = create("articles", inParent);
        Map<String, Object> inChild = published("In child " + Fixtures.unique("c"), author);
        inChild.put("section", childSlug);
        String childItem = create("posts", inChild);
        Map<String, Object> inOther = published("In other " + Fixtures.unique("o"), author);
        inOther.put("section", otherSlug);
        String otherItem = create("articles", inOther);

        String path = "/sections/" + parentSlug + "/feed.xml";
        var response = given().get(path).then().statusCode(200)
                .contentType(startsWith("application/rss+xml"))
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
                .extract();
        Document rss = parse(response.asByteArray());
        Element channel = child(rss.getDocumentElement(), "channel");
        assertTrue(text(channel, "title").endsWith(parentSlug), text(channel, "title"));
        assertEquals(base + "/sections/" + parentSlug, text(channel, "link"));
        assertEquals(base + path,
                ((Element) channel.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
        assertEquals(2, items(rss).size());
        assertNotNull(item(rss, parentItem));
        assertNotNull(item(rss, childItem));
        assertEquals(null, item(rss, otherItem));

        String etag = response.header("ETag");
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
        Map<String, Object> another = published("Another in child " + Fixtures.unique("a"), author);
        another.put("section", childSlug);
        create("articles", another);
        String changed = given().header("If-None-Match", etag).get(path).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void shouldAnswerProblemWhenSectionIsUnknown() {
        given().get("/sections/" + Fixtures.unique("no-such") + "/feed.xml").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://byline.dev/problems/not-found"));
        given().urlEncodingEnabled(false).get("/sections/%20%00bad/feed.xml").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("application/json").get("/feed.xml").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNotCachePubliclyWhenRequestCarriesToken() {
        asAdmin().get("/feed.xml").then().statusCode(200).header("Cache-Control", "private, no-store");
        asAdmin().get("/feed.json").then().statusCode(200).header("Cache-Control", "private, no-store");
    }

    @Test
    void shouldAcceptFeedReaderMediaTypesWhenNegotiating() {
        given().accept("application/rss+xml, application/xml;q=0.9, */*;q=0.1").get("/feed.xml").then()
                .statusCode(200).contentType(startsWith("application/rss+xml"));
        given().accept("text/xml").get("/feed.xml").then().statusCode(200);
        given().accept("application/json").get("/feed.json").then().statusCode(200);
    }
}
