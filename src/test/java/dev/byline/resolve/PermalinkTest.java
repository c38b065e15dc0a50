package dev.byline.resolve;

import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API.md §12: every page has a url from the base URL and the default patterns, and /resolve maps paths back. */
@QuarkusTest
class PermalinkTest {

    static final String BASE = "http://localhost:8080";

    @Test
    void shouldCarryUrlOnItemsTaxonomyAuthorsRecentSearchAndFeedsWhenRead() {
        String section = Fixtures.unique("perma-section");
        String tag = Fixtures.unique("perma-tag");
        String author = Fixtures.unique("perma-author");
        ContentFixtures.section(section);
        ContentFixtures.tag(tag);
        ContentFixtures.author(author);
        String word = "permalinkword" + Fixtures.unique("w").substring(2).replace("-", "");
        Map<String, Object> body = ContentFixtures.published(Fixtures.unique("Perma article") + " " + word, author);
        body.put("section", section);
        body.put("tags", List.of(tag));
        String id = ContentFixtures.create("articles", body);
        String slug = given().get("/api/v1/articles/" + id).then().statusCode(200).extract().path("slug");
        String url = BASE + "/articles/" + slug;
        given().get("/api/v1/articles/" + id).then().body("url", equalTo(url));
        String postId = ContentFixtures.create("posts", ContentFixtures.published(Fixtures.unique("Perma post"), author));
        given().get("/api/v1/posts/" + postId).then().statusCode(200)
                .body("url", equalTo(BASE + "/posts/" + given().get("/api/v1/posts/" + postId).path("slug")));

        given().get("/api/v1/articles/slug/" + slug).then().body("url", equalTo(url));
        given().get("/api/v1/articles?section=" + section).then().statusCode(200).body("data[0].url", equalTo(url));
        given().get("/api/v1/recent?limit=50").then().statusCode(200).body("data.url", hasItem(url));
        given().get("/api/v1/search?q=" + word).then().statusCode(200).body("data[0].url", equalTo(url));
        given().get("/api/v1/sections/slug/" + section).then().body("url", equalTo(BASE + "/sections/" + section));
        given().get("/api/v1/tags/slug/" + tag).then().body("url", equalTo(BASE + "/tags/" + tag));
        given().get("/api/v1/authors/slug/" + author).then().body("url", equalTo(BASE + "/authors/" + author));
        given().get("/api/v1/sections").then().body("data.url", everyItem(startsWith(BASE + "/sections/")));
        given().get("/feed.json").then().statusCode(200).body("items.url", hasItem(url));
        // seo.canonicalUrl stays what the editor set: null here; frontends fall back to url.
        given().get("/api/v1/articles/" + id).then().body("seo.canonicalUrl", equalTo(null));
    }

    @Test
    void shouldResolveCurrentPermalinkWithoutRedirectAndOldSlugWithRedirect() {
        String author = Fixtures.unique("resolver");
        ContentFixtures.author(author);
        String slug = Fixtures.unique("resolve-me");
        Map<String, Object> body = ContentFixtures.published("Resolve me", author);
        body.put("slug", slug);
        String id = ContentFixtures.create("articles", body);

        given().queryParam("path", "/articles/" + slug).get("/api/v1/resolve").then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.startsWith("public"))
                .body("kind", equalTo("article"))
                .body("id", equalTo(id))
                .body("slug", equalTo(slug))
                .body("url", equalTo(BASE + "/articles/" + slug))
                .body("redirect", equalTo(false));
        given().queryParam("path", "/articles/" + slug + "/?utm_source=x").get("/api/v1/resolve").then()
                .statusCode(200).body("redirect", equalTo(false));
        given().queryParam("path", BASE + "/articles/" + slug).get("/api/v1/resolve").then()
                .statusCode(200).body("id", equalTo(id));

        String renamed = slug + "-renamed";
        asAdmin().body(Map.of("slug", renamed)).patch("/api/v1/articles/" + id).then().statusCode(200);
        given().queryParam("path", "/articles/" + slug).get("/api/v1/resolve").then().statusCode(200)
                .body("id", equalTo(id))
                .body("slug", equalTo(renamed))
                .body("url", equalTo(BASE + "/articles/" + renamed))
                .body("redirect", equalTo(true));

        asAdmin().body(Map.of("status", "draft")).patch("/api/v1/articles/" + id).then().statusCode(200);
        given().queryParam("path", "/articles/" + renamed).get("/api/v1/resolve").then().statusCode(404);
        given().queryParam("path", "/articles/" + slug).get("/api/v1/resolve").then().statusCode(404);
    }

    @Test
    void shouldResolveSectionsTagsAndAuthorsWhenTheyExist() {
        String section = Fixtures.unique("rsec");
        String sectionId = ContentFixtures.section(section);
        String tag = Fixtures.unique("rtag");
        ContentFixtures.tag(tag);
        String author = Fixtures.unique("rauth");
        ContentFixtures.author(author);
        given().queryParam("path", "/sections/" + section).get("/api/v1/resolve").then().statusCode(200)
                .body("kind", equalTo("section")).body("id", equalTo(sectionId)).body("redirect", equalTo(false));
        given().queryParam("path", "/tags/" + tag).get("/api/v1/resolve").then().statusCode(200)
                .body("kind", equalTo("tag")).body("url", equalTo(BASE + "/tags/" + tag));
        given().queryParam("path", "/authors/" + author).get("/api/v1/resolve").then().statusCode(200)
                .body("kind", equalTo("author"));
    }

    @Test
    void shouldAnswer404ForUnknownPathsAnd400ForNonPaths() {
        given().queryParam("path", "/articles/" + Fixtures.unique("nothing")).get("/api/v1/resolve").then()
                .statusCode(404).contentType("application/problem+json");
        given().queryParam("path", "/no/such/kind/of/page").get("/api/v1/resolve").then().statusCode(404);
        given().queryParam("path", "/articles/%E0%A4%A").get("/api/v1/resolve").then().statusCode(404);
        given().get("/api/v1/resolve").then().statusCode(400).body("errors[0].field", equalTo("path"));
        given().queryParam("path", "articles/x").get("/api/v1/resolve").then().statusCode(400);
    }
}
