package dev.byline.include;

import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.byline.support.CommentFixtures;
import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** API.md §12 include= and fields= on item reads, include=authors on lists: one request per page. */
@QuarkusTest
class IncludeTest {

    private static final String ALL = "authors,comments,recent";

    @Test
    void shouldAddFullAuthorsCommentsAndRecentWhenIncluded() {
        Item item = item(2, 3);
        Response response = given().get("/api/v1/articles/" + item.id + "?include=" + ALL);
        response.then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(item.id))
                .body("authors", hasSize(2))
                .body("authors[0].bio", equalTo("Bio of " + item.authors.get(0)))
                .body("authors[0].url", startsWith("http://localhost:8080/authors/"))
                .body("authors[0]", hasKey("links"))
                .body("authors[0]", hasKey("avatarUrl"))
                .body("authors[0]", hasKey("articleCount"))
                .body("comments.data", hasSize(3))
                .body("comments.meta.total", equalTo(3))
                .body("comments.data[0].bodyHtml", equalTo("<p>Comment 0</p>"))
                .body("comments.data", everyItem(org.hamcrest.Matchers.not(hasKey("authorEmail"))))
                .body("recent", hasSize(6))
                .body("recent", everyItem(hasKey("url")));
        assertEquals(item.authors, response.jsonPath().getList("authors.slug"), "in byline order");

        given().get("/api/v1/articles/slug/" + item.slug + "?include=comments").then().statusCode(200)
                .body("comments.meta.total", equalTo(3))
                .body("authors[0]", org.hamcrest.Matchers.not(hasKey("bio")));
        given().get("/api/v1/articles/" + item.id).then().statusCode(200)
                .body("", org.hamcrest.Matchers.not(hasKey("comments")));
    }

    @Test
    void shouldKeepStatementCountFixedWhateverIsIncluded() {
        Item small = item(1, 0);
        Item large = item(3, 6);
        for (String include : List.of("authors", "comments", "recent", ALL)) {
            int one = statements("/api/v1/articles/" + small.id + "?include=" + include);
            int many = statements("/api/v1/articles/" + large.id + "?include=" + include);
            assertEquals(one, many, "include=" + include + " costs the same for 1 author and no comments "
                    + "as for 3 authors and 6 comments");
        }
        int plain = statements("/api/v1/articles/" + large.id);
        int all = statements("/api/v1/articles/" + large.id + "?include=" + ALL);
        org.junit.jupiter.api.Assertions.assertTrue(all <= plain + 6,
                "authors (2), comments (2) and recent (1) add a handful of statements: " + plain + " → " + all);

        String section = Fixtures.unique("incl-list");
        ContentFixtures.section(section);
        for (int i = 0; i < 4; i++) {
            Map<String, Object> body = ContentFixtures.published("Listed " + i, author());
            body.put("section", section);
            body.put("authors", List.of(author(), author()));
            ContentFixtures.create("articles", body);
        }
        int first = statements("/api/v1/articles?include=authors&size=1&section=" + section);
        int four = statements("/api/v1/articles?include=authors&size=4&section=" + section);
        assertEquals(first, four, "authors of a page of 1 and of 4 cost the same");
    }

    @Test
    void shouldIncludeFullAuthorsOnListsOnly() {
        String section = Fixtures.unique("incl-authors");
        ContentFixtures.section(section);
        String author = author();
        Map<String, Object> body = ContentFixtures.published("With author", author);
        body.put("section", section);
        ContentFixtures.create("articles", body);
        given().get("/api/v1/articles?include=authors&section=" + section).then().statusCode(200)
                .body("data[0].authors[0].slug", equalTo(author))
                .body("data[0].authors[0].bio", equalTo("Bio of " + author))
                .header("X-Total-Count", "1");
        given().get("/api/v1/articles?include=authors&fields=title&section=" + section).then().statusCode(200)
                .body("data[0].keySet()", equalTo(Set.of("id", "title", "authors")))
                .body("data[0].authors[0].bio", equalTo("Bio of " + author));
        given().get("/api/v1/articles?include=comments").then().statusCode(400)
                .body("errors[0].field", equalTo("include"));
        given().get("/api/v1/articles?include=recent").then().statusCode(400);
    }

    @Test
    void shouldRejectUnknownIncludeWith400() {
        Item item = item(1, 0);
        given().get("/api/v1/articles/" + item.id + "?include=authors,bogus").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("include"))
                .body("errors[0].message", startsWith("unknown include 'bogus'"));
        given().get("/api/v1/articles/" + item.id + "?fields=title,nope").then().statusCode(400)
                .body("errors[0].field", equalTo("fields"));
    }

    @Test
    void shouldSelectFieldsOnItemReadsKeepingIncludes() {
        Item item = item(1, 1);
        given().get("/api/v1/articles/" + item.id + "?fields=title,url").then().statusCode(200)
                .body("keySet()", equalTo(Set.of("id", "title", "url")));
        given().get("/api/v1/articles/slug/" + item.slug + "?fields=title&include=comments").then().statusCode(200)
                .body("keySet()", equalTo(Set.of("id", "title", "comments")))
                .body("comments.data", hasSize(1));
    }

    @Test
    void shouldAnswer304UntilIncludedCommentsChange() {
        Item item = item(1, 1);
        String url = "/api/v1/articles/" + item.id + "?include=comments";
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304);
        String pending = CommentFixtures.pending("articles", item.id, CommentFixtures.comment("Later"));
        CommentFixtures.setStatus(pending, "approved");
        String changed = given().header("If-None-Match", etag).get(url).then().statusCode(200)
                .body("comments.meta.total", equalTo(2)).extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void shouldKeepIncludeWhenOldSlugRedirects() {
        Item item = item(1, 0);
        asAdmin().body(Map.of("slug", item.slug + "-new")).patch("/api/v1/articles/" + item.id).then().statusCode(200);
        given().redirects().follow(false).get("/api/v1/articles/slug/" + item.slug + "?include=authors").then()
                .statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/articles/slug/" + item.slug + "-new?include=authors"));
    }

    private record Item(String id, String slug, List<String> authors) {
    }

    private static Item item(int authors, int comments) {
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < authors; i++) {
            slugs.add(author());
        }
        Map<String, Object> body = ContentFixtures.published(Fixtures.unique("Included"), slugs.get(0));
        body.put("authors", slugs);
        String id = ContentFixtures.create("articles", body);
        for (int i = 0; i < comments; i++) {
            CommentFixtures.approved("articles", id, CommentFixtures.comment("Comment " + i));
        }
        String slug = given().get("/api/v1/articles/" + id).then().statusCode(200).extract().path("slug");
        return new Item(id, slug, slugs);
    }

    private static String author() {
        String slug = Fixtures.unique("incl");
        asAdmin().body(Map.of("name", "Author " + slug, "slug", slug, "bio", "Bio of " + slug))
                .post("/api/v1/authors").then().statusCode(201);
        return slug;
    }

    private static int statements(String url) {
        return Integer.parseInt(given().get(url).then().statusCode(200).extract().header("X-Statement-Count"));
    }
}
