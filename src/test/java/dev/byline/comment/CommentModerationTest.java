package dev.byline.comment;

import static dev.byline.support.CommentFixtures.approved;
import static dev.byline.support.CommentFixtures.comment;
import static dev.byline.support.CommentFixtures.commentCount;
import static dev.byline.support.CommentFixtures.pending;
import static dev.byline.support.CommentFixtures.postAnonymously;
import static dev.byline.support.CommentFixtures.publishedItem;
import static dev.byline.support.CommentFixtures.reply;
import static dev.byline.support.CommentFixtures.setStatus;
import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.common.events.DomainEvent;
import dev.byline.support.CommentFixtures;
import dev.byline.support.RecordedEvents;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Moderation: the queue, status changes, deleting threads, and the item's comment count. */
@QuarkusTest
class CommentModerationTest {

    @Inject
    RecordedEvents recorder;

    @Inject
    ObjectMapper mapper;

    @Test
    void shouldListNewestFirstWithEmailAndItemWhenFilteringByStatus() {
        String article = publishedItem("articles");
        String title = asAdmin().get("/api/v1/articles/" + article).then().extract().path("title");
        Map<String, Object> first = comment("First");
        String a = pending("articles", article, first);
        String b = pending("articles", article, comment("Second"));
        String c = pending("articles", article, comment("Third"));
        setStatus(b, "spam");

        asAdmin().get("/api/v1/comments?status=pending&size=100").then().statusCode(200)
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                .body("data.status", everyItem(equalTo("pending")))
                .body("data.id", hasItem(a))
                .body("data.id", not(hasItem(b)));
        // Newest first: c before a, and both at the top of the queue (tests run one at a time).
        asAdmin().get("/api/v1/comments?status=pending&size=2").then().statusCode(200)
                .body("data.id", contains(c, a))
                .body("data[1].authorEmail", equalTo(first.get("authorEmail")))
                .body("data[1].body", equalTo("First"))
                .body("data[1].bodyHtml", equalTo("<p>First</p>"))
                .body("data[1].item.type", equalTo("article"))
                .body("data[1].item.id", equalTo(article))
                .body("data[1].item.title", equalTo(title));
        asAdmin().get("/api/v1/comments?status=spam&size=1").then().statusCode(200)
                .body("data.id", contains(b));
        asAdmin().get("/api/v1/comments?status=spam,pending&size=3").then().statusCode(200)
                .body("data.id", contains(c, b, a));
        asAdmin().get("/api/v1/comments?size=3").then().statusCode(200)
                .body("data.id", contains(c, b, a));
        // An empty piece is not a status, wherever it stands: refused, never read as an empty filter
        // (an empty queue, as if nothing were pending) nor dropped.
        for (String status : List.of(",", "pending,", ",pending", "pending,,spam")) {
            asAdmin().queryParam("status", status).get("/api/v1/comments").then().statusCode(400)
                    .body("errors.field", hasItem("status"));
        }
        asAdmin().get("/api/v1/comments?status=deleted").then().statusCode(400)
                .body("errors.field", hasItem("status"));

        // The queue costs the same whatever the page size (the items come in the page's statement).
        String one = asAdmin().get("/api/v1/comments?size=1").then().body("data", hasSize(1)).extract()
                .header("X-Statement-Count");
        String three = asAdmin().get("/api/v1/comments?size=3").then().body("data", hasSize(3)).extract()
                .header("X-Statement-Count");
        assertEquals(one, three);
    }

    @Test
    void shouldKeepCommentCountRightWhenModerating() {
        String article = publishedItem("articles");
        String one = pending("articles", article, comment("One"));
        String two = pending("articles", article, comment("Two"));
        assertEquals(0, commentCount("articles", article));
        String etag = given().get("/api/v1/articles/" + article).then().extract().header("ETag");

        setStatus(one, "approved");
        assertEquals(1, commentCount("articles", article));
        setStatus(two, "approved");
        assertEquals(2, commentCount("articles", article));
        setStatus(two, "approved");
        assertEquals(2, commentCount("articles", article));
        setStatus(one, "spam");
        assertEquals(1, commentCount("articles", article));
        setStatus(two, "trash");
        assertEquals(0, commentCount("articles", article));
        setStatus(two, "pending");
        assertEquals(0, commentCount("articles", article));
        setStatus(one, "approved");
        assertEquals(1, commentCount("articles", article));
        approved("articles", article, comment("By an editor"));
        assertEquals(2, commentCount("articles", article));
        asAdmin().delete("/api/v1/comments/" + one).then().statusCode(204);
        assertEquals(1, commentCount("articles", article));
        given().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(1));

        // The item's ETag follows its count (the V3 trigger moves the version), and only the count.
        String counted = given().get("/api/v1/articles/" + article).then().extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, counted);
        pending("articles", article, comment("Pending does not count"));
        setStatus(two, "spam");
        given().header("If-None-Match", counted).get("/api/v1/articles/" + article).then().statusCode(304);
    }

    @Test
    void shouldCountEveryApprovalWhenModeratorsWorkConcurrently() throws Exception {
        String article = publishedItem("articles");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ids.add(pending("articles", article, comment("Queued " + i)));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (String id : ids) {
                results.add(pool.submit(() -> asAdmin().body(Map.of("status", "approved"))
                        .patch("/api/v1/comments/" + id).statusCode()));
                // Editors' own comments arrive at the same time, approved at once.
                results.add(pool.submit(() -> CommentFixtures.post(asAdmin(), "articles", article,
                        comment("Meanwhile")).statusCode()));
            }
            for (var result : results) {
                org.hamcrest.MatcherAssert.assertThat(result.get(), org.hamcrest.Matchers.oneOf(200, 201));
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(48, commentCount("articles", article));
    }

    @Test
    void shouldDeleteRepliesWhenThreadIsDeleted() {
        String post = publishedItem("posts");
        String root = approved("posts", post, comment("Root"));
        String child = approved("posts", post, reply("Child", root));
        String grandchild = approved("posts", post, reply("Grandchild", child));
        String pendingReply = pending("posts", post, reply("Pending reply", child));
        String sibling = approved("posts", post, comment("Sibling"));
        assertEquals(4, commentCount("posts", post));

        asAdmin().delete("/api/v1/comments/" + root).then().statusCode(204);
        for (String gone : List.of(root, child, grandchild, pendingReply)) {
            asAdmin().get("/api/v1/comments/" + gone).then().statusCode(404);
        }
        asAdmin().get("/api/v1/comments/" + sibling).then().statusCode(200);
        assertEquals(1, commentCount("posts", post));
        given().get("/api/v1/posts/" + post + "/comments").then().body("data.id", contains(sibling));
        asAdmin().delete("/api/v1/comments/" + root).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldDeleteCommentsWhenItemIsDeleted() {
        String article = publishedItem("articles");
        String root = approved("articles", article, comment("Root"));
        String child = approved("articles", article, reply("Child", root));
        asAdmin().delete("/api/v1/articles/" + article).then().statusCode(204);
        asAdmin().get("/api/v1/comments/" + root).then().statusCode(404);
        asAdmin().get("/api/v1/comments/" + child).then().statusCode(404);
    }

    @Test
    void shouldRejectBadPatchAndChangeNothing() {
        String article = publishedItem("articles");
        String id = pending("articles", article, comment("Patch me"));
        String[] bodies = {"{\"status\":\"published\"}", "{\"status\":null}", "{\"status\":\"approved\",\"x\":1}",
            "{\"status\":7}", "[]", "{\"body\":\"rewritten\"}"};
        for (String body : bodies) {
            asAdmin().contentType("application/merge-patch+json").body(body).patch("/api/v1/comments/" + id)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        asAdmin().get("/api/v1/comments/" + id).then().body("status", equalTo("pending"))
                .body("body", equalTo("Patch me"));
        assertEquals(0, commentCount("articles", article));
        asAdmin().contentType("application/merge-patch+json").body("{\"status\":\"approved\"}")
                .patch("/api/v1/comments/" + id).then().statusCode(200).body("status", equalTo("approved"))
                .body("item.id", equalTo(article));
        asAdmin().body(Map.of("status", "trash")).patch("/api/v1/comments/0192f0c4-0000-7000-8000-0000000000cd")
                .then().statusCode(404);
    }

    @Test
    void shouldLetEditorsModerateWhenTheyAreNotAdmins() {
        String article = publishedItem("articles");
        String id = pending("articles", article, comment("For the editor"));
        Fixtures.TestUser editor = Fixtures.user("editor");
        editor.request().body(Map.of("status", "approved")).patch("/api/v1/comments/" + id).then().statusCode(200);
        editor.request().get("/api/v1/comments?status=approved&size=1").then().statusCode(200)
                .body("data.id", contains(id));
        Fixtures.user("author").request().get("/api/v1/comments").then().statusCode(403);
    }

    @Test
    void shouldFireCreatedAndApprovedEventsWhenCommentsArriveAndGetApproved() throws Exception {
        String article = publishedItem("articles");
        Map<String, Object> body = comment("Eventful");
        String id = pending("articles", article, body);
        List<DomainEvent> events = recorder.about(UUID.fromString(id));
        assertEquals(List.of("comment.created"), events.stream().map(e -> e.name().value()).toList());
        Map<?, ?> data = mapper.convertValue(events.get(0).data(), Map.class);
        assertEquals(body.get("authorEmail"), data.get("authorEmail"));
        assertEquals("pending", data.get("status"));
        assertEquals(article, ((Map<?, ?>) data.get("item")).get("id"));
        assertEquals("comment", events.get(0).subjectType());

        setStatus(id, "approved");
        setStatus(id, "approved");
        setStatus(id, "spam");
        setStatus(id, "approved");
        assertEquals(List.of("comment.created", "comment.approved", "comment.approved"),
                recorder.about(UUID.fromString(id)).stream().map(e -> e.name().value()).toList());

        String byEditor = approved("articles", article, comment("Approved at once"));
        List<DomainEvent> editorEvents = recorder.about(UUID.fromString(byEditor));
        assertEquals(List.of("comment.created", "comment.approved"),
                editorEvents.stream().map(e -> e.name().value()).toList());
        assertEquals("approved", mapper.convertValue(editorEvents.get(1).data(), Map.class).get("status"));

        postAnonymously("articles", article, Map.of("authorName", "X", "authorEmail", "bad", "body", "x"))
                .then().statusCode(400);
    }

    @Test
    void shouldShowOnlyApprovedPubliclyWhenStatusesChange() {
        String post = publishedItem("posts");
        String id = pending("posts", post, comment("Now you see me"));
        given().get("/api/v1/posts/" + post + "/comments").then().body("data", hasSize(0));
        setStatus(id, "approved");
        given().get("/api/v1/posts/" + post + "/comments").then().body("data.id", contains(id));
        setStatus(id, "trash");
        given().get("/api/v1/posts/" + post + "/comments").then().body("data", hasSize(0));
        CommentFixtures.setStatus(id, "spam");
        given().get("/api/v1/posts/" + post + "/comments").then().body("data", hasSize(0));
    }
}
