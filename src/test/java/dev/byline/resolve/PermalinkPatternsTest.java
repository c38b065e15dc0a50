package dev.byline.resolve;

import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dated and sectioned permalink patterns below a base URL with a path, WordPress-style. */
@QuarkusTest
@TestProfile(PermalinkPatternsTest.Patterns.class)
class PermalinkPatternsTest {

    public static class Patterns implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("byline.site.base-url", "https://news.example/site/",
                    "byline.site.permalinks.article", "/{yyyy}/{mm}/{dd}/{slug}",
                    "byline.site.permalinks.post", "/{section}/{slug}.html",
                    "byline.site.permalinks.author", "/people/{slug}");
        }
    }

    @Test
    void shouldBuildAndResolveDatedAndSectionedPermalinks() {
        String author = Fixtures.unique("dated");
        ContentFixtures.author(author);
        String section = Fixtures.unique("dsec");
        ContentFixtures.section(section);
        String slug = Fixtures.unique("dated-story");
        Map<String, Object> article = ContentFixtures.published("Dated story", author);
        article.put("slug", slug);
        article.put("publishedAt", "2026-03-09T23:30:00Z");
        String id = ContentFixtures.create("articles", article);
        String url = "https://news.example/site/2026/03/09/" + slug;
        given().get("/api/v1/articles/" + id).then().body("url", equalTo(url));
        given().queryParam("path", "/site/2026/03/09/" + slug).get("/api/v1/resolve").then().statusCode(200)
                .body("id", equalTo(id)).body("redirect", equalTo(false));
        // Another date in the path still names the item, which lives elsewhere now.
        given().queryParam("path", "/2025/01/01/" + slug).get("/api/v1/resolve").then().statusCode(200)
                .body("id", equalTo(id)).body("url", equalTo(url)).body("redirect", equalTo(true));

        Map<String, Object> post = ContentFixtures.published("Sectioned", author);
        post.put("section", section);
        String postSlug = Fixtures.unique("sectioned");
        post.put("slug", postSlug);
        String postId = ContentFixtures.create("posts", post);
        given().get("/api/v1/posts/" + postId).then()
                .body("url", equalTo("https://news.example/site/" + section + "/" + postSlug + ".html"));
        given().queryParam("path", "/" + section + "/" + postSlug + ".html").get("/api/v1/resolve").then()
                .statusCode(200).body("kind", equalTo("post")).body("redirect", equalTo(false));
        String unsectioned = asAdmin().body(ContentFixtures.published("No section", author)).post("/api/v1/posts")
                .then().statusCode(201).extract().path("url");
        org.junit.jupiter.api.Assertions.assertTrue(unsectioned.startsWith("https://news.example/site/uncategorized/"),
                unsectioned);
        given().get("/api/v1/authors/slug/" + author).then()
                .body("url", equalTo("https://news.example/site/people/" + author));
        given().queryParam("path", "/people/" + author).get("/api/v1/resolve").then().statusCode(200)
                .body("kind", equalTo("author"));
    }
}
