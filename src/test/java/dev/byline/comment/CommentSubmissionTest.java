package dev.byline.comment;

import static dev.byline.support.CommentFixtures.comment;
import static dev.byline.support.CommentFixtures.post;
import static dev.byline.support.CommentFixtures.postAnonymously;
import static dev.byline.support.CommentFixtures.publishedItem;
import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.byline.support.CommentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Submitting comments: the status rules, where comments are accepted, and what the answer shows. */
@QuarkusTest
class CommentSubmissionTest {

    private static final Set<String> PUBLIC_FIELDS = Set.of("id", "parentId", "depth", "authorName", "bodyHtml",
            "createdAt");

    @Test
    void shouldApproveWhenPosterHasEditorToken() {
        String article = publishedItem("articles");
        for (String role : List.of("editor", "admin")) {
            post(Fixtures.user(role).request(), "articles", article, comment("From the desk"))
                    .then().statusCode(201).body("status", equalTo("approved"));
        }
        given().get("/api/v1/articles/" + article + "/comments").then().statusCode(200)
                .body("data", hasSize(2));
    }

    @Test
    void shouldKeepPendingWhenPosterHasAuthorToken() {
        String post = publishedItem("posts");
        post(Fixtures.user("author").request(), "posts", post, comment("Not an editor"))
                .then().statusCode(201).body("status", equalTo("pending"));
    }

    @Test
    void shouldStayPendingWhenNoRuleApplies() {
        String article = publishedItem("articles");
        String id = postAnonymously("articles", article, comment("First time here"))
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/comments/"))
                .body("status", equalTo("pending"))
                .body("depth", equalTo(0))
                .body("parentId", nullValue())
                .body("authorName", equalTo("Reader"))
                .body("bodyHtml", equalTo("<p>First time here</p>"))
                .body("createdAt", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z"))
                .extract().path("id");
        given().get("/api/v1/articles/" + article + "/comments").then().statusCode(200)
                .body("data", hasSize(0)).header("X-Total-Count", "0");
        asAdmin().get("/api/v1/comments/" + id).then().statusCode(200).body("status", equalTo("pending"));
    }

    @Test
    void shouldApproveWhenEmailAlreadyHasApprovedCommentInAnyCase() {
        String first = publishedItem("articles");
        String second = publishedItem("posts");
        String email = Fixtures.unique("Regular") + "@Example.com";
        Map<String, Object> body = comment("Hello again");
        body.put("authorEmail", email);
        String id = postAnonymously("articles", first, body).then().statusCode(201)
                .body("status", equalTo("pending")).extract().path("id");
        // A pending comment does not vouch for the email.
        postAnonymously("articles", first, body).then().statusCode(201).body("status", equalTo("pending"));

        CommentFixtures.setStatus(id, "approved");
        body.put("authorEmail", email.toUpperCase());
        postAnonymously("posts", second, body).then().statusCode(201).body("status", equalTo("approved"));
        body.put("authorEmail", email.toLowerCase());
        postAnonymously("articles", first, body).then().statusCode(201).body("status", equalTo("approved"));
    }

    @Test
    void shouldMarkSpamWhenHoneypotIsFilled() {
        String article = publishedItem("articles");
        Map<String, Object> body = comment("Buy now");
        body.put("website", "http://spam.example");
        postAnonymously("articles", article, body).then().statusCode(201).body("status", equalTo("spam"));
        body.put("website", "");
        postAnonymously("articles", article, body).then().statusCode(201).body("status", equalTo("pending"));
    }

    @Test
    void shouldMarkSpamWhenBodyHasMoreThanThreeLinks() {
        String article = publishedItem("articles");
        String three = "https://a.example http://b.example/x https://c.example/y?z=1";
        postAnonymously("articles", article, comment(three)).then().statusCode(201)
                .body("status", equalTo("pending"));
        postAnonymously("articles", article, comment(three + "\nand https://d.example")).then().statusCode(201)
                .body("status", equalTo("spam"));
    }

    @Test
    void shouldMarkSpamWhenKnownEmailSendsSpamSignals() {
        String article = publishedItem("articles");
        Map<String, Object> body = comment("Trusted reader");
        String id = postAnonymously("articles", article, body).then().statusCode(201).extract().path("id");
        CommentFixtures.setStatus(id, "approved");
        postAnonymously("articles", article, body).then().statusCode(201).body("status", equalTo("approved"));

        body.put("website", "filled");
        postAnonymously("articles", article, body).then().statusCode(201).body("status", equalTo("spam"));
        body.remove("website");
        body.put("body", "https://a.example https://b.example https://c.example https://d.example");
        postAnonymously("articles", article, body).then().statusCode(201).body("status", equalTo("spam"));
    }

    @Test
    void shouldApproveEditorEvenWithSpamSignals() {
        String article = publishedItem("articles");
        Map<String, Object> body = comment("https://a.example https://b.example https://c.example https://d.example");
        body.put("website", "x");
        post(asAdmin(), "articles", article, body).then().statusCode(201).body("status", equalTo("approved"));
    }

    @Test
    void shouldNeverShowEmailWhenAnsweringPublicly() {
        String article = publishedItem("articles");
        Map<String, Object> body = comment("Where is my email?");
        String email = (String) body.get("authorEmail");
        String created = postAnonymously("articles", article, body).then().statusCode(201).extract().asString();
        assertFalse(created.toLowerCase().contains(email.toLowerCase()), created);
        String id = io.restassured.path.json.JsonPath.from(created).getString("id");
        CommentFixtures.setStatus(id, "approved");
        String approvedByEditor = post(asAdmin(), "articles", article, body).then().statusCode(201).extract()
                .asString();
        assertFalse(approvedByEditor.contains(email), approvedByEditor);

        var list = given().get("/api/v1/articles/" + article + "/comments").then().statusCode(200)
                .body("data", hasSize(2)).extract();
        assertFalse(list.asString().contains(email), list.asString());
        Map<String, Object> first = list.path("data[0]");
        assertEquals(PUBLIC_FIELDS, first.keySet());
    }

    @Test
    void shouldAnswer404WhenItemIsNotPublic() {
        String draft = CommentFixtures.item("articles", Map.of());
        String scheduled = CommentFixtures.item("articles", Map.of("status", "scheduled",
                "publishAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        String archived = CommentFixtures.item("posts", Map.of("status", "archived"));
        String futurePublished = CommentFixtures.item("posts", Map.of("status", "published",
                "publishedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        String publishedPost = publishedItem("posts");
        List<String[]> hidden = List.of(new String[] {"articles", draft}, new String[] {"articles", scheduled},
                new String[] {"posts", archived}, new String[] {"posts", futurePublished},
                // a post is not an article
                new String[] {"articles", publishedPost},
                new String[] {"articles", "0192f0c4-0000-7000-8000-00000000dead"});
        for (String[] item : hidden) {
            postAnonymously(item[0], item[1], comment("Hello?")).then().statusCode(404)
                    .contentType("application/problem+json");
            given().get("/api/v1/" + item[0] + "/" + item[1] + "/comments").then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldAnswer403WhenEditorCommentsOnUnpublishedItem() {
        String draft = CommentFixtures.item("articles", Map.of());
        post(asAdmin(), "articles", draft, comment("Note to self")).then().statusCode(403)
                .body("type", equalTo("https://byline.dev/problems/forbidden"));
    }

    @Test
    void shouldAnswer403WhenCommentsAreClosed() {
        String article = CommentFixtures.item("articles", Map.of("status", "published", "commentsOpen", false));
        postAnonymously("articles", article, comment("Let me in")).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://byline.dev/problems/forbidden"))
                .body("detail", containsString("closed"));
        post(asAdmin(), "articles", article, comment("Editors too")).then().statusCode(403);
        // Reading stays possible.
        given().get("/api/v1/articles/" + article + "/comments").then().statusCode(200).body("data", hasSize(0));
    }

    @Test
    void shouldKeepCommentsReadableWhenClosedLater() {
        String article = publishedItem("articles");
        CommentFixtures.approved("articles", article, comment("Before closing"));
        asAdmin().body(Map.of("commentsOpen", false)).patch("/api/v1/articles/" + article).then().statusCode(200);
        given().get("/api/v1/articles/" + article + "/comments").then().statusCode(200).body("data", hasSize(1));
        postAnonymously("articles", article, comment("After closing")).then().statusCode(403);
    }

    @Test
    void shouldRejectInvalidCommentAndStoreNothing() {
        String article = publishedItem("articles");
        long before = totalComments();
        String longName = "n".repeat(101);
        String longBody = "b".repeat(5001);
        List<Map<String, Object>> invalid = List.of(
                Map.of("authorEmail", "a@example.com", "body", "x"),
                Map.of("authorName", "", "authorEmail", "a@example.com", "body", "x"),
                Map.of("authorName", longName, "authorEmail", "a@example.com", "body", "x"),
                Map.of("authorName", "A", "authorEmail", "not-an-email", "body", "x"),
                Map.of("authorName", "A", "body", "x"),
                Map.of("authorName", "A", "authorEmail", "a@example.com"),
                Map.of("authorName", "A", "authorEmail", "a@example.com", "body", "   \n  "),
                Map.of("authorName", "A", "authorEmail", "a@example.com", "body", longBody),
                Map.of("authorName", "A", "authorEmail", "a@example.com", "body", "nul \u0000 byte"),
                Map.of("authorName", "A\nB", "authorEmail", "a@example.com", "body", "x"),
                Map.of("authorName", "A", "authorEmail", "a@example.com", "body", "x", "parentId", "not-a-uuid"),
                Map.of("authorName", "A", "authorEmail", "a@example.com", "body", "x", "rating", 5),
                Map.of("authorName", "A", "authorEmail", "a@example.com", "body", 42));
        for (Map<String, Object> body : invalid) {
            postAnonymously("articles", article, body).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        postAnonymously("articles", article, Map.of("authorName", "A", "authorEmail", "a@example.com",
                "body", "x", "rating", 5)).then().body("errors.field", hasItem("rating"));
        postAnonymously("articles", article, Map.of("authorName", "A", "authorEmail", "not-an-email",
                "body", "x")).then().body("errors.field", hasItem("authorEmail"));
        given().header("X-Forwarded-For", CommentFixtures.fakeClient()).contentType("application/json")
                .body("{\"authorName\": ").post("/api/v1/articles/" + article + "/comments").then().statusCode(400);
        assertEquals(before, totalComments());
    }

    @Test
    void shouldAcceptLimitsWhenAtTheEdge() {
        String article = publishedItem("articles");
        Map<String, Object> body = comment("b".repeat(5000));
        body.put("authorName", "n".repeat(100));
        postAnonymously("articles", article, body).then().statusCode(201)
                .body("authorName", equalTo("n".repeat(100)))
                .body("bodyHtml", equalTo("<p>" + "b".repeat(5000) + "</p>"));
    }

    static long totalComments() {
        return Long.parseLong(asAdmin().get("/api/v1/comments?size=1").then().statusCode(200).extract()
                .header("X-Total-Count"));
    }
}
