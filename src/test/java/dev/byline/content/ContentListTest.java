package dev.byline.content;

import static dev.byline.support.ContentFixtures.body;
import static dev.byline.support.ContentFixtures.create;
import static dev.byline.support.ContentFixtures.published;
import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists: paging, keyset cursors, filters, sorts, fields, headers and their SQL cost (API.md §3 Lists). */
@QuarkusTest
class ContentListTest {

    /** A section of its own with {@code n} published articles, one minute apart, newest last. */
    private record World(String section, String author, List<String> ids) {
    }

    private static World world(int n) {
        String section = unique("list");
        ContentFixtures.section(section);
        String author = unique("lister");
        ContentFixtures.author(author);
        List<String> ids = new ArrayList<>();
        Instant base = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < n; i++) {
            Map<String, Object> body = published("Item " + i + " " + section, author);
            body.put("section", section);
            body.put("publishedAt", base.plus(i, ChronoUnit.MINUTES).toString());
            ids.add(create("articles", body));
        }
        return new World(section, author, ids);
    }

    @Test
    void shouldPageNewestFirstWithMetaAndHeaders() {
        World w = world(5);
        given().get("/api/v1/articles?section=" + w.section() + "&size=2&page=2").then().statusCode(200)
                .header("X-Total-Count", "5")
                .header("Link", containsString("rel=\"first\""))
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"last\""))
                .header("Link", containsString("page=3"))
                .body("data.id", equalTo(List.of(w.ids().get(2), w.ids().get(1))))
                .body("meta.page", equalTo(2))
                .body("meta.size", equalTo(2))
                .body("meta.total", equalTo(5))
                .body("meta.totalPages", equalTo(3))
                .body("meta.nextCursor", notNullValue())
                .body("data[0]", not(hasKey("bodyHtml")))
                .body("data[0]", not(hasKey("bodyMarkdown")))
                .body("data[0]", not(hasKey("seo")))
                .body("data[0]", hasKey("excerpt"));
    }

    @Test
    void shouldWalkEveryItemOnceWhenFollowingCursors() {
        World w = world(7);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = given().queryParam("section", w.section()).queryParam("size", 3)
                    .queryParam("cursor", cursor == null ? new Object[0] : new Object[] {cursor})
                    .get("/api/v1/articles");
            page.then().statusCode(200).body("meta.total", equalTo(seen.isEmpty() ? 7 : 8));
            seen.addAll(page.path("data.id"));
            cursor = page.path("meta.nextCursor");
            // a write during the walk must not shift the pages
            if (seen.size() == 3) {
                Map<String, Object> body = published("Late arrival " + w.section(), w.author());
                body.put("section", w.section());
                create("articles", body);
            }
        } while (cursor != null);
        List<String> expected = new ArrayList<>(w.ids());
        java.util.Collections.reverse(expected);
        assertEquals(expected, seen);
    }

    @Test
    void shouldRejectBadPagingParameters() {
        given().get("/api/v1/articles?page=1&cursor=abc").then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().get("/api/v1/articles?size=101").then().statusCode(400).body("errors.field", hasItem("size"));
        given().get("/api/v1/articles?page=0").then().statusCode(400).body("errors.field", hasItem("page"));
        given().get("/api/v1/articles?page=x").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("\"x\""));
        given().get("/api/v1/articles?cursor=not-a-cursor").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().get("/api/v1/articles?sort=random").then().statusCode(400).body("errors.field", hasItem("sort"));
        given().get("/api/v1/articles?publishedAfter=yesterday").then().statusCode(400)
                .body("errors.field", hasItem("publishedAfter"));
        given().get("/api/v1/articles?fields=title,password").then().statusCode(400)
                .body("errors.field", hasItem("fields"));
        given().get("/api/v1/articles?section=no-such-" + unique("s")).then().statusCode(400)
                .body("errors.field", hasItem("section"));
    }

    @Test
    void shouldRefuseCursorMadeForAnotherSort() {
        World w = world(3);
        String cursor = given().get("/api/v1/articles?size=1&section=" + w.section()).then().extract()
                .path("meta.nextCursor");
        given().get("/api/v1/articles?sort=title&cursor=" + cursor + "&section=" + w.section()).then()
                .statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void shouldFilterBySectionIncludingSubsections() {
        String parent = unique("parent");
        String parentId = ContentFixtures.section(parent);
        String child = unique("child");
        ContentFixtures.childSection(child, parentId);
        String author = unique("a");
        ContentFixtures.author(author);
        Map<String, Object> inChild = published("In child " + child, author);
        inChild.put("section", child);
        String childItem = create("articles", inChild);
        Map<String, Object> inParent = published("In parent " + parent, author);
        inParent.put("section", parent);
        String parentItem = create("articles", inParent);
        given().get("/api/v1/articles?section=" + parent).then()
                .body("data.id", equalTo(List.of(parentItem, childItem)));
        given().get("/api/v1/articles?section=" + child).then().body("data.id", equalTo(List.of(childItem)));
    }

    @Test
    void shouldFilterByAnyOfTagsAuthorAndDates() {
        String author = unique("by");
        ContentFixtures.author(author);
        String red = unique("red");
        String blue = unique("blue");
        ContentFixtures.tag(red);
        ContentFixtures.tag(blue);
        Map<String, Object> a = published("Red one " + red, author);
        a.put("tags", List.of(red));
        a.put("publishedAt", "2026-01-10T10:00:00Z");
        String redId = create("posts", a);
        Map<String, Object> b = published("Blue one " + blue, author);
        b.put("tags", List.of(blue));
        b.put("publishedAt", "2026-02-10T10:00:00Z");
        String blueId = create("posts", b);
        given().get("/api/v1/posts?tag=" + red + "&tag=" + blue).then()
                .body("data.id", equalTo(List.of(blueId, redId)));
        given().get("/api/v1/posts?tag=" + red).then().body("data.id", equalTo(List.of(redId)));
        given().get("/api/v1/posts?author=" + author + "&publishedAfter=2026-02-01T00:00:00Z").then()
                .body("data.id", equalTo(List.of(blueId)));
        given().get("/api/v1/posts?author=" + author + "&publishedBefore=2026-02-01T00:00:00Z").then()
                .body("data.id", equalTo(List.of(redId)));
        given().get("/api/v1/posts?author=" + author + "&sort=publishedAt").then()
                .body("data.id", equalTo(List.of(redId, blueId)));
    }

    @Test
    void shouldSortByTitleAndUpdatedAt() {
        World w = world(3);
        asAdmin().body(Map.of("title", "Aardvark " + w.section())).patch("/api/v1/articles/" + w.ids().get(1))
                .then().statusCode(200);
        given().get("/api/v1/articles?sort=title&section=" + w.section()).then()
                .body("data.id[0]", equalTo(w.ids().get(1)));
        given().get("/api/v1/articles?sort=-title&section=" + w.section()).then()
                .body("data.id[2]", equalTo(w.ids().get(1)));
        given().get("/api/v1/articles?sort=-updatedAt&section=" + w.section()).then()
                .body("data.id[0]", equalTo(w.ids().get(1)));
    }

    @Test
    void shouldShowDraftsOnlyToTokenHoldersWhoMaySeeThem() {
        String author = unique("drafter");
        ContentFixtures.author(author);
        String section = unique("drafts");
        ContentFixtures.section(section);
        TestUser contributor = Fixtures.user("contributor");
        Map<String, Object> own = body("Own draft " + section, author);
        own.put("section", section);
        String ownId = contributor.request().body(own).post("/api/v1/articles").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> other = body("Other draft " + section, author);
        other.put("section", section);
        String otherId = create("articles", other);

        given().get("/api/v1/articles?status=draft&section=" + section).then().statusCode(200)
                .body("data", org.hamcrest.Matchers.empty());
        contributor.request().get("/api/v1/articles?status=draft&section=" + section).then()
                .body("data.id", equalTo(List.of(ownId)));
        Fixtures.user("editor").request().get("/api/v1/articles?status=draft&section=" + section).then()
                .body("data.id", org.hamcrest.Matchers.containsInAnyOrder(ownId, otherId));
        asAdmin().get("/api/v1/articles?status=any&section=" + section).then()
                .body("data.status", everyItem(equalTo("draft")));
    }

    @Test
    void shouldRefuseAStatusFilterNamingNothingOrANonStatusWhereverTheCommaStands() {
        for (String status : List.of("live", ",", "draft,", ",draft", "draft,,published")) {
            asAdmin().queryParam("status", status).get("/api/v1/articles").then().statusCode(400)
                    .body("errors.field", org.hamcrest.Matchers.hasItem("status"));
        }
        asAdmin().queryParam("status", " draft , published ").get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void shouldReturnOnlyAskedFieldsWhenFieldsGiven() {
        World w = world(1);
        given().get("/api/v1/articles?fields=title,bodyHtml&section=" + w.section()).then().statusCode(200)
                .body("data[0].keySet()", equalTo(new java.util.LinkedHashSet<>(List.of("id", "title", "bodyHtml"))))
                .body("data[0].bodyHtml", containsString("<p>"));
    }

    @Test
    void shouldCostTheSameStatementsWhateverThePageSize() {
        World w = world(12);
        int one = statements("/api/v1/articles?size=1&section=" + w.section());
        int many = statements("/api/v1/articles?size=12&section=" + w.section());
        assertEquals(one, many, "a list must not issue one query per item");
        // count + page (with sections) + authors + tags + the section filter's two look-ups
        org.junit.jupiter.api.Assertions.assertTrue(many <= 6, "statements: " + many);
        int plain = statements("/api/v1/articles?size=100");
        org.junit.jupiter.api.Assertions.assertTrue(plain <= 4, "statements: " + plain);
    }

    @Test
    void shouldCostTheSameAtPage500WithCursorAsAtPage1() {
        String section = unique("deep");
        String sectionId = ContentFixtures.section(section);
        String author = unique("deep-author");
        String authorId = ContentFixtures.author(author);
        DeepSeed.insertPublished(sectionId, authorId, 520);
        Response first = given().get("/api/v1/articles?size=1&section=" + section);
        first.then().statusCode(200).body("meta.total", equalTo(520));
        String deepCursor = given().get("/api/v1/articles?size=1&page=499&section=" + section).then()
                .statusCode(200).extract().path("meta.nextCursor");
        Response deep = given().get("/api/v1/articles?size=1&section=" + section + "&cursor=" + deepCursor);
        deep.then().statusCode(200).body("data.size()", equalTo(1)).body("meta.page", nullValue());
        assertEquals(Integer.parseInt(first.header("X-Statement-Count")),
                Integer.parseInt(deep.header("X-Statement-Count")));
        String item500 = given().get("/api/v1/articles?size=1&page=500&section=" + section).then()
                .extract().path("data[0].id");
        assertEquals(item500, deep.path("data[0].id"));
    }

    @Test
    void shouldServeRecentItemsOfBothTypes() {
        String author = unique("recent");
        ContentFixtures.author(author);
        String post = create("posts", published("Recent post " + author, author));
        String article = create("articles", published("Recent article " + author, author));
        given().get("/api/v1/recent?limit=2").then().statusCode(200)
                .body("data.id", equalTo(List.of(article, post)))
                .body("data[0].type", equalTo("article"))
                .body("data[1].type", equalTo("post"))
                .body("data[0].keySet()", equalTo(new java.util.LinkedHashSet<>(
                        List.of("type", "id", "slug", "url", "title", "excerpt", "section", "publishedAt"))));
        given().get("/api/v1/recent?limit=51").then().statusCode(400).body("errors.field", hasItem("limit"));
        org.junit.jupiter.api.Assertions.assertTrue(statements("/api/v1/recent?limit=50") <= 1);
    }

    private static int statements(String url) {
        return Integer.parseInt(given().get(url).then().statusCode(200).extract().header("X-Statement-Count"));
    }
}
