package dev.byline.content.revision;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.support.Fixtures.TestUser;
import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Revisions: stored on content writes, listed, read and restored (API.md §3). */
@QuarkusTest
class RevisionTest {

    @Inject
    TestDatabase database;

    @Test
    void shouldStoreRevisionWhenWriteChangesContent() {
        String author = unique("rev-author");
        ContentFixtures.author(author);
        String tag = unique("rev-tag");
        ContentFixtures.tag(tag);
        String id = ContentFixtures.create("articles", ContentFixtures.body("First title", author));
        String path = "/api/v1/articles/" + id;

        asAdmin().body(Map.of("title", "Second title")).patch(path).then().statusCode(200);
        asAdmin().body(Map.of("tags", List.of(tag))).patch(path).then().statusCode(200);
        asAdmin().body(Map.of("status", "published")).patch(path).then().statusCode(200);
        // Not content: SEO, comment settings. A write that changes only these stores no revision.
        asAdmin().body(Map.of("seo", Map.of("title", "SEO"), "commentsOpen", false)).patch(path)
                .then().statusCode(200).body("version", equalTo(5));

        asAdmin().get(path + "/revisions").then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("data", hasSize(4))
                .body("data.version", equalTo(List.of(4, 3, 2, 1)))
                .body("data.action", equalTo(List.of("update", "update", "update", "create")))
                .body("data.title", equalTo(List.of("Second title", "Second title", "Second title", "First title")))
                .body("data.status", equalTo(List.of("published", "draft", "draft", "draft")))
                .body("data[0].userName", equalTo("Admin"))
                .body("data[0].userId", org.hamcrest.Matchers.notNullValue())
                .body("data[0].createdAt", org.hamcrest.Matchers.matchesPattern("\\d{4}-.*Z"))
                .body("meta.total", equalTo(4));
        asAdmin().queryParam("size", 3).queryParam("page", 2).get(path + "/revisions").then().statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].action", equalTo("create"))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"first\""));
    }

    @Test
    void shouldReturnSnapshotWhenRevisionIsRead() {
        String author = unique("snap-author");
        ContentFixtures.author(author);
        String id = ContentFixtures.create("posts", ContentFixtures.body("Snapshot one", author));
        String path = "/api/v1/posts/" + id;
        asAdmin().body(Map.of("title", "Snapshot two", "bodyMarkdown", "Changed *body*.")).patch(path)
                .then().statusCode(200);
        String first = asAdmin().get(path + "/revisions").then().statusCode(200)
                .extract().path("data[1].id");
        asAdmin().get(path + "/revisions/" + first).then().statusCode(200)
                .body("id", equalTo(first))
                .body("version", equalTo(1))
                .body("action", equalTo("create"))
                .body("snapshot.id", equalTo(id))
                .body("snapshot.type", equalTo("post"))
                .body("snapshot.title", equalTo("Snapshot one"))
                .body("snapshot.bodyMarkdown", equalTo("Some **body** text for Snapshot one."))
                .body("snapshot.bodyHtml", equalTo("<p>Some <strong>body</strong> text for Snapshot one.</p>"))
                .body("snapshot.version", equalTo(1))
                .body("snapshot.authors[0].slug", equalTo(author))
                .body("snapshot.seo.title", nullValue());
        asAdmin().get(path + "/revisions/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        // A revision is only found under its own item.
        String other = ContentFixtures.create("posts", ContentFixtures.body(unique("Other"), author));
        asAdmin().get("/api/v1/posts/" + other + "/revisions/" + first).then().statusCode(404);
        asAdmin().get("/api/v1/articles/" + id + "/revisions").then().statusCode(404);
    }

    @Test
    void shouldRestoreContentButNotStatusWhenRevisionIsRestored() {
        String author = unique("restore-author");
        ContentFixtures.author(author);
        Map<String, Object> body = ContentFixtures.body("Original headline", author);
        body.put("dateline", "KARACHI");
        body.put("excerpt", "A hand-written excerpt.");
        String id = ContentFixtures.create("articles", body);
        String path = "/api/v1/articles/" + id;
        Map<String, Object> change = new HashMap<>();
        change.put("title", "Rewritten headline");
        change.put("bodyHtml", "<p>All new text.</p>");
        change.put("dateline", null);
        change.put("excerpt", null);
        change.put("status", "published");
        change.put("slug", unique("rewritten"));
        asAdmin().body(change).patch(path).then().statusCode(200).body("version", equalTo(2));
        String original = asAdmin().get(path + "/revisions").then().extract().path("data[1].id");

        String etag = asAdmin().post(path + "/revisions/" + original + "/restore").then().statusCode(200)
                .body("title", equalTo("Original headline"))
                .body("dateline", equalTo("KARACHI"))
                .body("bodyMarkdown", equalTo("Some **body** text for Original headline."))
                .body("bodyHtml", equalTo("<p>Some <strong>body</strong> text for Original headline.</p>"))
                .body("excerpt", equalTo("A hand-written excerpt."))
                .body("status", equalTo("published"))
                .body("slug", equalTo(change.get("slug")))
                .body("version", equalTo(3))
                .extract().header("ETag");
        assertEquals("\"" + id + "-v3\"", etag);

        asAdmin().get(path + "/revisions").then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("data[0].action", equalTo("restore"))
                .body("data[0].version", equalTo(3))
                .body("data[0].title", equalTo("Original headline"))
                .body("data[0].status", equalTo("published"));
        // A derived excerpt stays derived: it follows the next body change.
        asAdmin().body(Map.of("excerpt", "")).patch(path).then().statusCode(200);
        String rev = asAdmin().get(path + "/revisions").then().extract().path("data[0].id");
        asAdmin().body(Map.of("bodyMarkdown", "Completely different words.")).patch(path).then().statusCode(200);
        asAdmin().post(path + "/revisions/" + rev + "/restore").then().statusCode(200)
                .body("excerpt", equalTo("Some body text for Original headline."));
        asAdmin().body(Map.of("bodyMarkdown", "Fresh text here.")).patch(path).then().statusCode(200)
                .body("excerpt", equalTo("Fresh text here."));
    }

    @Test
    void shouldLimitRevisionsToOwnerAndEditorsWhenCallerIsNot() {
        String authorId = ContentFixtures.author(unique("own-rev"));
        TestUser owner = Fixtures.user("contributor", authorId);
        TestUser otherAuthor = Fixtures.user("author", authorId);
        TestUser editor = Fixtures.user("editor");
        String id = owner.request().body(ContentFixtures.body(unique("Owned draft"), authorId))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        String path = "/api/v1/articles/" + id + "/revisions";
        owner.request().get(path).then().statusCode(200).body("data", hasSize(1));
        editor.request().get(path).then().statusCode(200);
        // A draft of someone else is not even visible to an author.
        otherAuthor.request().get(path).then().statusCode(404);
        given().get(path).then().statusCode(401);
        asAdmin().body(Map.of("status", "published")).patch("/api/v1/articles/" + id).then().statusCode(200);
        otherAuthor.request().get(path).then().statusCode(403).contentType("application/problem+json");
        String revision = owner.request().get(path).then().statusCode(200).extract().path("data[0].id");
        otherAuthor.request().get(path + "/" + revision).then().statusCode(403);
        otherAuthor.request().post(path + "/" + revision + "/restore").then().statusCode(403);
        // The owner is a contributor: the item is published now, so no more changes by them.
        owner.request().post(path + "/" + revision + "/restore").then().statusCode(403);
        editor.request().post(path + "/" + revision + "/restore").then().statusCode(200);
    }

    @Test
    void shouldRemoveRevisionsAndOldSlugsWhenItemIsDeleted() {
        String author = unique("del-author");
        ContentFixtures.author(author);
        String id = ContentFixtures.create("posts", ContentFixtures.body(unique("Short lived"), author));
        asAdmin().body(Map.of("title", "Renamed", "slug", unique("renamed"))).patch("/api/v1/posts/" + id)
                .then().statusCode(200);
        UUID uuid = UUID.fromString(id);
        assertEquals(2, database.count("select count(*) from content_revisions where content_id = ?", uuid));
        assertEquals(1, database.count("select count(*) from content_old_slugs where content_id = ?", uuid));
        asAdmin().delete("/api/v1/posts/" + id).then().statusCode(204);
        assertEquals(0, database.count("select count(*) from content_revisions where content_id = ?", uuid));
        assertEquals(0, database.count("select count(*) from content_old_slugs where content_id = ?", uuid));
    }
}
