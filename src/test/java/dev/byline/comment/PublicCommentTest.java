package dev.byline.comment;

import static dev.byline.support.CommentFixtures.comment;
import static dev.byline.support.CommentFixtures.postAnonymously;
import static dev.byline.support.CommentFixtures.publishedItem;
import static dev.byline.support.CommentFixtures.setStatus;
import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** API.md §12: the reader who posted a comment can follow it at its Location, without a token. */
@QuarkusTest
class PublicCommentTest {

    private static final Set<String> FIELDS = Set.of("id", "status", "parentId", "depth", "authorName", "bodyHtml",
            "createdAt");

    @Test
    void shouldLetPosterReadPendingCommentAtLocationWhenAnonymous() {
        String article = publishedItem("articles");
        Response posted = postAnonymously("articles", article, comment("Is this true?"));
        posted.then().statusCode(201).body("status", equalTo("pending"));
        String id = posted.path("id");
        String location = posted.header("Location");
        assertEquals("/api/v1/comments/" + id + "/public", URI.create(location).getPath());

        Response read = given().get(URI.create(location).getPath());
        read.then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .body("id", equalTo(id))
                .body("status", equalTo("pending"))
                .body("parentId", nullValue())
                .body("depth", equalTo(0))
                .body("authorName", equalTo("Reader"))
                .body("bodyHtml", equalTo("<p>Is this true?</p>"));
        Map<String, Object> body = read.jsonPath().getMap("");
        assertEquals(FIELDS, body.keySet(), "the public state and nothing else (never the email)");

        given().header("If-None-Match", read.header("ETag")).get("/api/v1/comments/" + id + "/public")
                .then().statusCode(304);
        setStatus(id, "approved");
        given().header("If-None-Match", read.header("ETag")).get("/api/v1/comments/" + id + "/public")
                .then().statusCode(200).body("status", equalTo("approved"));
    }

    @Test
    void shouldHideCommentWhenSpamOrTrash() {
        String post = publishedItem("posts");
        Map<String, Object> honeypot = comment("Cheap watches");
        honeypot.put("website", "https://spam.example");
        String spam = postAnonymously("posts", post, honeypot).then().statusCode(201)
                .body("status", equalTo("spam")).extract().path("id");
        given().get("/api/v1/comments/" + spam + "/public").then().statusCode(404)
                .contentType("application/problem+json");

        String trashed = postAnonymously("posts", post, comment("Soon gone")).then().statusCode(201)
                .extract().path("id");
        given().get("/api/v1/comments/" + trashed + "/public").then().statusCode(200);
        setStatus(trashed, "trash");
        given().get("/api/v1/comments/" + trashed + "/public").then().statusCode(404);
    }

    @Test
    void shouldHideCommentWhenItemIsNoLongerPublic() {
        String article = publishedItem("articles");
        String id = postAnonymously("articles", article, comment("Before the unpublish")).then().statusCode(201)
                .extract().path("id");
        asAdmin().body(Map.of("status", "draft")).patch("/api/v1/articles/" + article).then().statusCode(200);
        given().get("/api/v1/comments/" + id + "/public").then().statusCode(404);
    }

    @Test
    void shouldAnswer404WhenCommentIsUnknown() {
        given().get("/api/v1/comments/0192f0c4-0000-7000-8000-000000000000/public").then().statusCode(404);
    }

    @Test
    void shouldKeepModerationViewForEditorsOnly() {
        String article = publishedItem("articles");
        String id = postAnonymously("articles", article, comment("Moderate me")).then().statusCode(201)
                .extract().path("id");
        given().get("/api/v1/comments/" + id).then().statusCode(401);
    }
}
