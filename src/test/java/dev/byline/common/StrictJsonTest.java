package dev.byline.common;

import static dev.byline.support.ProblemAssertions.isProblem;
import static dev.byline.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** JSON is read as strictly as API.md §1 says: each of these is a 400 naming the field, and nothing is written. */
@QuarkusTest
class StrictJsonTest {

    @Inject
    TestDatabase db;

    private long sections() {
        return db.count("SELECT count(*) FROM sections");
    }

    @Test
    void shouldAnswer400WhenContentFollowsTheJsonValue() {
        long before = sections();
        String slug = Fixtures.unique("trailing");
        isProblem(asAdmin().body("{\"name\":\"" + slug + "\"} {\"name\":\"second\"}").post("/api/v1/sections").then(),
                400, "malformed-request");
        isProblem(asAdmin().body("{\"name\":\"" + slug + "\"}garbage").post("/api/v1/sections").then(),
                400, "malformed-request");
        isProblem(asAdmin().body("{\"name\":\"" + slug + "\"}]").post("/api/v1/sections").then(),
                400, "malformed-request");
        assertEquals(before, sections());
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenInstantIsANumber() {
        String author = ContentFixtures.author(Fixtures.unique("strict"));
        long before = db.count("SELECT count(*) FROM content_items");
        String title = Fixtures.unique("Epoch");
        isProblem(asAdmin().body("{\"title\":\"" + title + "\",\"bodyMarkdown\":\"x\",\"authors\":[\"" + author
                + "\"],\"status\":\"published\",\"publishedAt\":-1}").post("/api/v1/articles").then(), 400, "validation")
                .body("errors.field", hasItem("publishedAt"));
        isProblem(asAdmin().body("{\"title\":\"" + title + "\",\"bodyMarkdown\":\"x\",\"authors\":[\"" + author
                + "\"],\"status\":\"published\",\"publishedAt\":1700000000.5}").post("/api/v1/articles").then(),
                400, "validation")
                .body("errors.field", hasItem("publishedAt"));
        assertEquals(before, db.count("SELECT count(*) FROM content_items"));
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenBooleanIsABlankString() {
        String author = ContentFixtures.author(Fixtures.unique("strict"));
        long before = db.count("SELECT count(*) FROM content_items");
        for (String value : new String[] {"\" \"", "\"\"", "\"true\"", "1"}) {
            isProblem(asAdmin().body("{\"title\":\"Blank\",\"bodyMarkdown\":\"x\",\"authors\":[\"" + author
                    + "\"],\"commentsOpen\":" + value + "}").post("/api/v1/posts").then(), 400, "validation")
                    .body("errors.field", hasItem("commentsOpen"));
        }
        assertEquals(before, db.count("SELECT count(*) FROM content_items"));
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenIdIsBlank() {
        long before = db.count("SELECT count(*) FROM api_tokens");
        for (String value : new String[] {"\"  \"", "\"\""}) {
            isProblem(asAdmin().body("{\"name\":\"blank owner\",\"userId\":" + value + "}").post("/api/v1/tokens").then(),
                    400, "validation")
                    .body("errors.field", hasItem("userId"));
        }
        assertEquals(before, db.count("SELECT count(*) FROM api_tokens"));
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenStringHasLoneSurrogate() {
        long before = sections();
        isProblem(asAdmin().body("{\"name\":\"Half \\ud83d a face\"}").post("/api/v1/sections").then(), 400, "validation")
                .body("errors.field", hasItem("name"));
        isProblem(asAdmin().body("{\"name\":\"Tail \\udc00\"}").post("/api/v1/sections").then(), 400, "validation")
                .body("errors.field", hasItem("name"));
        assertEquals(before, sections());
        // A whole pair is a character like any other.
        asAdmin().body("{\"name\":\"Face \\ud83d\\ude00 " + Fixtures.unique("ok") + "\"}").post("/api/v1/sections")
                .then().statusCode(201);
    }
}
