package dev.byline.comment;

import static dev.byline.support.CommentFixtures.comment;
import static dev.byline.support.CommentFixtures.publishedItem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.CommentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The per-client limit, kept in PostgreSQL. The test profile trusts X-Forwarded-For, so each
 * test is its own client; {@link ClientAddressesTest} covers the setting turned off.
 */
@QuarkusTest
class CommentRateLimitTest {

    @ConfigProperty(name = "byline.comments.rate-limit")
    int limit;

    private static RequestSpecification from(String client) {
        return given().contentType("application/json").header("X-Forwarded-For", client + ", 10.0.0.1");
    }

    @Test
    void shouldAnswer429WithRetryAfterWhenClientPostsTooOften() {
        String article = publishedItem("articles");
        String client = CommentFixtures.fakeClient();
        for (int i = 0; i < limit; i++) {
            from(client).body(comment("Comment " + i)).post("/api/v1/articles/" + article + "/comments")
                    .then().statusCode(201);
        }
        long before = CommentSubmissionTest.totalComments();
        var refused = from(client).body(comment("One too many")).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://byline.dev/problems/rate-limited"))
                .body("status", equalTo(429))
                .extract();
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        // Still refused on another item: the limit is per client, not per item.
        String other = publishedItem("posts");
        from(client).body(comment("Elsewhere")).post("/api/v1/posts/" + other + "/comments")
                .then().statusCode(429).header("Retry-After", notNullValue());
        // Another client is not affected.
        from(CommentFixtures.fakeClient()).body(comment("Someone else"))
                .post("/api/v1/articles/" + article + "/comments").then().statusCode(201);
        // Refused submissions were not stored.
        assertEquals(before + 1, CommentSubmissionTest.totalComments());
    }

    @Test
    void shouldNotCountFailedSubmissionsWhenLimiting() {
        String article = publishedItem("articles");
        String client = CommentFixtures.fakeClient();
        for (int i = 0; i < limit + 2; i++) {
            from(client).body(Map.of("authorName", "A", "authorEmail", "bad", "body", "x"))
                    .post("/api/v1/articles/" + article + "/comments").then().statusCode(400);
        }
        from(client).body(comment("Finally right")).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(201);
    }

    @Test
    void shouldNotLimitEditorsWhenTheyPostInBursts() {
        String article = publishedItem("articles");
        String client = CommentFixtures.fakeClient();
        String editor = dev.byline.support.Fixtures.user("editor").token();
        for (int i = 0; i < limit + 3; i++) {
            from(client).header("Authorization", "Bearer " + editor).body(comment("Moderator reply " + i))
                    .post("/api/v1/articles/" + article + "/comments").then().statusCode(201);
        }
        // The same client without the token is still held to the limit, and the editor's
        // comments did not use up its budget.
        for (int i = 0; i < limit; i++) {
            from(client).body(comment("Reader " + i)).post("/api/v1/articles/" + article + "/comments")
                    .then().statusCode(201);
        }
        from(client).body(comment("One too many")).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(429);
    }
}
