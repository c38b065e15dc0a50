package dev.byline.content;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import dev.byline.support.ContentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Old slugs redirect to the current one; current slugs win (API.md §3 slug rules). */
@QuarkusTest
class SlugHistoryTest {

    @Test
    void shouldRedirectPermanentlyWhenOldSlugIsRequested() {
        String author = unique("slug-author");
        ContentFixtures.author(author);
        String first = unique("first-slug");
        Map<String, Object> body = ContentFixtures.published("Moving story", author);
        body.put("slug", first);
        String id = ContentFixtures.create("articles", body);
        String second = unique("second-slug");
        asAdmin().body(Map.of("slug", second)).patch("/api/v1/articles/" + id).then().statusCode(200);

        given().redirects().follow(false).get("/api/v1/articles/slug/" + first).then()
                .statusCode(301)
                .header("Location", startsWith("http"))
                .header("Location", endsWith("/api/v1/articles/slug/" + second))
                .header("Cache-Control", startsWith("public"))
                .header("Surrogate-Key", equalTo("article:" + id))
                .header("X-Statement-Count", Integer::parseInt, lessThanOrEqualTo(2));
        // the item with its section and authors, then its tags: within the budget of 3
        given().get("/api/v1/articles/slug/" + second).then().statusCode(200).body("id", equalTo(id))
                .header("X-Statement-Count", "2");
        // Following the redirect lands on the item.
        given().get("/api/v1/articles/slug/" + first).then().statusCode(200).body("id", equalTo(id));
        // The old slug is not a post's.
        given().redirects().follow(false).get("/api/v1/posts/slug/" + first).then().statusCode(404);

        // Every old slug points at the current one; taking an old slug back serves it again.
        String third = unique("third-slug");
        asAdmin().body(Map.of("slug", third)).patch("/api/v1/articles/" + id).then().statusCode(200);
        given().redirects().follow(false).get("/api/v1/articles/slug/" + first).then().statusCode(301)
                .header("Location", endsWith("/slug/" + third));
        given().redirects().follow(false).get("/api/v1/articles/slug/" + second).then().statusCode(301)
                .header("Location", endsWith("/slug/" + third));
        asAdmin().body(Map.of("slug", first)).patch("/api/v1/articles/" + id).then().statusCode(200);
        given().redirects().follow(false).get("/api/v1/articles/slug/" + first).then().statusCode(200)
                .body("id", equalTo(id));
        given().redirects().follow(false).get("/api/v1/articles/slug/" + third).then().statusCode(301)
                .header("Location", endsWith("/slug/" + first));
    }

    @Test
    void shouldHideOldSlugWhenItemIsNotPublic() {
        String author = unique("hidden-author");
        ContentFixtures.author(author);
        String old = unique("draft-old");
        Map<String, Object> body = ContentFixtures.body("Draft that moves", author);
        body.put("slug", old);
        String id = ContentFixtures.create("posts", body);
        String current = unique("draft-new");
        asAdmin().body(Map.of("slug", current)).patch("/api/v1/posts/" + id).then().statusCode(200);

        given().redirects().follow(false).get("/api/v1/posts/slug/" + old).then().statusCode(404)
                .contentType("application/problem+json");
        asAdmin().redirects().follow(false).get("/api/v1/posts/slug/" + old).then().statusCode(301)
                .header("Location", endsWith("/api/v1/posts/slug/" + current));
    }

    @Test
    void shouldServeCurrentHolderWhenAnotherItemTakesOldSlug() {
        String author = unique("taken-author");
        ContentFixtures.author(author);
        String title = "Taken " + unique("story");
        String base = dev.byline.common.persistence.Slugs.fromTitle(title);
        String first = ContentFixtures.create("articles", ContentFixtures.published(title, author));
        asAdmin().get("/api/v1/articles/" + first).then().body("slug", equalTo(base));
        String moved = unique("moved");
        asAdmin().body(Map.of("slug", moved)).patch("/api/v1/articles/" + first).then().statusCode(200);

        // Old slugs do not block: the derived slug of the same title is the base again, not base-2.
        String second = asAdmin().body(ContentFixtures.published(title, author)).post("/api/v1/articles").then()
                .statusCode(201).body("slug", equalTo(base)).extract().path("id");
        asAdmin().body(ContentFixtures.published(title, author)).post("/api/v1/articles").then()
                .statusCode(201).body("slug", equalTo(base + "-2"));
        given().redirects().follow(false).get("/api/v1/articles/slug/" + base).then().statusCode(200)
                .body("id", equalTo(second));

        // While the new holder is a draft, readers who cannot see it still reach the old item.
        asAdmin().body(Map.of("status", "draft")).patch("/api/v1/articles/" + second).then().statusCode(200);
        given().redirects().follow(false).get("/api/v1/articles/slug/" + base).then().statusCode(301)
                .header("Location", endsWith("/slug/" + moved));
        asAdmin().redirects().follow(false).get("/api/v1/articles/slug/" + base).then().statusCode(200)
                .body("id", equalTo(second));

        // An explicit slug that is another item's current slug is 409; its old slug may be taken.
        String third = ContentFixtures.create("articles", ContentFixtures.published(unique("Third"), author));
        asAdmin().body(Map.of("slug", moved)).patch("/api/v1/articles/" + third).then().statusCode(409);
        String movedAgain = unique("moved-again");
        asAdmin().body(Map.of("slug", movedAgain)).patch("/api/v1/articles/" + first).then().statusCode(200);
        asAdmin().body(Map.of("slug", moved)).patch("/api/v1/articles/" + third).then().statusCode(200);
        given().redirects().follow(false).get("/api/v1/articles/slug/" + moved).then().statusCode(200)
                .body("id", equalTo(third));
    }
}
