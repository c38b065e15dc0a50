package dev.byline.comment;

import static dev.byline.support.CommentFixtures.approved;
import static dev.byline.support.CommentFixtures.comment;
import static dev.byline.support.CommentFixtures.pending;
import static dev.byline.support.CommentFixtures.postAnonymously;
import static dev.byline.support.CommentFixtures.publishedItem;
import static dev.byline.support.CommentFixtures.reply;
import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.support.CommentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threads: replies by parentId on the same item, at most 5 levels below the top (depth 0). */
@QuarkusTest
class CommentThreadTest {

    @Test
    void shouldShowDepthAndParentWhenRepliesNest() {
        String article = publishedItem("articles");
        List<String> chain = new ArrayList<>();
        chain.add(approved("articles", article, comment("Top")));
        for (int depth = 1; depth <= Comment.MAX_DEPTH; depth++) {
            String id = CommentFixtures.post(asAdmin(), "articles", article,
                            reply("Reply at " + depth, chain.get(depth - 1)))
                    .then().statusCode(201)
                    .body("depth", equalTo(depth))
                    .body("parentId", equalTo(chain.get(depth - 1)))
                    .extract().path("id");
            chain.add(id);
        }
        var page = given().get("/api/v1/articles/" + article + "/comments").then().statusCode(200)
                .body("data", hasSize(6))
                .body("data.id", contains(chain.toArray()))
                .body("data[0].parentId", nullValue())
                .body("data[0].depth", equalTo(0))
                .extract();
        for (int depth = 1; depth <= Comment.MAX_DEPTH; depth++) {
            assertEquals(depth, (int) page.path("data[" + depth + "].depth"));
            assertEquals(chain.get(depth - 1), page.path("data[" + depth + "].parentId"));
        }

        // A reply below depth 5 is refused, also for editors, and nothing is stored.
        for (var request : List.of(asAdmin(), given().contentType("application/json"))) {
            CommentFixtures.post(request, "articles", article, reply("Too deep", chain.get(Comment.MAX_DEPTH)))
                    .then().statusCode(400)
                    .body("errors.field", hasItem("parentId"))
                    .body("errors[0].message", containsString("at most 5"));
        }
        given().get("/api/v1/articles/" + article + "/comments").then().body("data", hasSize(6));
    }

    @Test
    void shouldRejectParentWhenItBelongsToAnotherItem() {
        String article = publishedItem("articles");
        String other = publishedItem("articles");
        String post = publishedItem("posts");
        String foreign = approved("articles", other, comment("Elsewhere"));
        String onPost = approved("posts", post, comment("On a post"));
        postAnonymously("articles", article, reply("Cross-thread", foreign)).then().statusCode(400)
                .body("errors.field", hasItem("parentId"));
        postAnonymously("articles", article, reply("Cross-type", onPost)).then().statusCode(400)
                .body("errors.field", hasItem("parentId"));
        CommentFixtures.post(asAdmin(), "articles", article, reply("Editors neither", foreign)).then()
                .statusCode(400);
        postAnonymously("articles", article, reply("Unknown", "0192f0c4-0000-7000-8000-0000000000ab"))
                .then().statusCode(400).body("errors.field", hasItem("parentId"));
        assertEquals(0, CommentFixtures.commentCount("articles", article));
    }

    @Test
    void shouldTreatUnapprovedParentAsAbsentWhenReaderReplies() {
        String article = publishedItem("articles");
        String waiting = pending("articles", article, comment("Awaiting moderation"));
        postAnonymously("articles", article, reply("Reply to hidden", waiting)).then().statusCode(400)
                .body("errors.field", hasItem("parentId"));
        // Editors see every comment and may answer it.
        CommentFixtures.post(asAdmin(), "articles", article, reply("Editor answers", waiting)).then()
                .statusCode(201).body("depth", equalTo(1)).body("parentId", equalTo(waiting));
        CommentFixtures.setStatus(waiting, "approved");
        postAnonymously("articles", article, reply("Now visible", waiting)).then().statusCode(201)
                .body("depth", equalTo(1));
    }

    @Test
    void shouldListApprovedOnlyOldestFirstWhenPaging() {
        String post = publishedItem("posts");
        List<String> approvedIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            approvedIds.add(approved("posts", post, comment("Approved " + i)));
            pending("posts", post, comment("Pending " + i));
        }
        String spam = pending("posts", post, comment("Will be spam"));
        CommentFixtures.setStatus(spam, "spam");

        given().get("/api/v1/posts/" + post + "/comments?page=2&size=2").then().statusCode(200)
                .header("X-Total-Count", "5")
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("page=3"))
                .body("data.id", contains(approvedIds.get(2), approvedIds.get(3)))
                .body("meta.page", equalTo(2))
                .body("meta.size", equalTo(2))
                .body("meta.total", equalTo(5))
                .body("meta.totalPages", equalTo(3));
        given().get("/api/v1/posts/" + post + "/comments?size=101").then().statusCode(400);
        given().get("/api/v1/posts/" + post + "/comments?page=0").then().statusCode(400);
    }

    @Test
    void shouldAnswerNotModifiedUntilApprovedCommentsChange() {
        String article = publishedItem("articles");
        approved("articles", article, comment("Cached"));
        String path = "/api/v1/articles/" + article + "/comments";
        String etag = given().get(path).then().statusCode(200)
                .header("Cache-Control", containsString("public"))
                .header("Surrogate-Key", containsString("comments:" + article))
                .header("Surrogate-Key", containsString("article:" + article))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get(path).then().statusCode(304);
        String waiting = pending("articles", article, comment("Not shown yet"));
        given().header("If-None-Match", etag).get(path).then().statusCode(304);
        CommentFixtures.setStatus(waiting, "approved");
        given().header("If-None-Match", etag).get(path).then().statusCode(200).body("data", hasSize(2));
        asAdmin().get(path).then().statusCode(200).header("Cache-Control", containsString("private"));
    }

    @Test
    void shouldCostFixedStatementsWhenListingAnyPageSize() {
        String article = publishedItem("articles");
        String parent = null;
        for (int i = 0; i < 60; i++) {
            String id = approved("articles", article, i % 3 == 0 || parent == null
                    ? comment("Comment " + i) : reply("Reply " + i, parent));
            if (i % 3 == 0) {
                parent = id;
            }
        }
        int one = statements("/api/v1/articles/" + article + "/comments?size=1", 1);
        int fifty = statements("/api/v1/articles/" + article + "/comments?size=50", 50);
        assertEquals(one, fifty, "listing comments must cost the same whatever the page size");
        assertEquals(3, fifty, "item, count, page");
    }

    private static int statements(String path, int expectedSize) {
        return Integer.parseInt(given().get(path).then().statusCode(200)
                .body("data", hasSize(expectedSize))
                .extract().header("X-Statement-Count"));
    }
}
