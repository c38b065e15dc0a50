package dev.byline.search;

import static dev.byline.support.ContentFixtures.create;
import static dev.byline.support.ContentFixtures.published;
import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Full-text search (API.md §6) through HTTP against PostgreSQL. Every test searches for words
 * it made up, so other tests' content never matches.
 */
@QuarkusTest
class SearchTest {

    private static final Random RANDOM = new Random();
    /** An item's search vector as indexing all of it afresh gives it (the three weighted parts of V5). */
    private static final String AS_IF_INDEXED_AFRESH = "select count(*) from content_items where id = ? and "
            + "search_vector = setweight(to_tsvector(search_config, coalesce(title, '')), 'A') "
            + "|| setweight(to_tsvector(search_config, coalesce(standfirst, '') || ' ' || coalesce(excerpt, '')), 'B') "
            + "|| setweight(to_tsvector(search_config, left(coalesce(body_text, ''), 200000)), 'C')";

    @Inject
    TestDatabase database;

    private String author;

    @BeforeEach
    void makeAuthor() {
        author = Fixtures.unique("searcher");
        ContentFixtures.author(author);
    }

    /** A made-up word of letters only, which the English stemmer leaves alone. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.append("x").toString();
    }

    private String publish(String collection, String title, String markdown) {
        Map<String, Object> body = published(title, author);
        body.put("bodyMarkdown", markdown);
        return create(collection, body);
    }

    private static ValidatableResponse search(String q) {
        return given().queryParam("q", q).get("/api/v1/search").then();
    }

    @Test
    void shouldMatchOnlyTheExactPhraseWhenQuoted() {
        String first = word();
        String second = word();
        String together = publish("articles", "Phrase one", "It says " + first + " " + second + " in order.");
        String apart = publish("articles", "Phrase two", "It says " + second + " then " + first + ".");

        search(first + " " + second).statusCode(200).body("data.id", containsInAnyOrder(together, apart));
        search("\"" + first + " " + second + "\"").statusCode(200)
                .body("data.id", contains(together))
                .body("meta.total", equalTo(1));
    }

    @Test
    void shouldMatchEitherWordWhenOr() {
        String a = word();
        String b = word();
        String c = word();
        String withA = publish("articles", "Or one", "Text with " + a + ".");
        String withB = publish("posts", "Or two", "Text with " + b + ".");
        publish("articles", "Or three", "Text with " + c + ".");

        search(a + " or " + b).statusCode(200)
                .body("data.id", containsInAnyOrder(withA, withB))
                .body("data.type", containsInAnyOrder("article", "post"));
        search(a + " " + b).statusCode(200).body("data", empty());
    }

    @Test
    void shouldLeaveOutItemsWithTheWordWhenExcluded() {
        String common = word();
        String excluded = word();
        publish("articles", "Exclude one", "Both " + common + " and " + excluded + ".");
        String kept = publish("articles", "Exclude two", "Only " + common + ".");

        search(common + " -" + excluded).statusCode(200).body("data.id", contains(kept));
    }

    @Test
    void shouldRankTitleHitAboveBodyHitWhenSameWord() {
        String w = word();
        String inBody = publish("articles", "Body mention", "First " + w + ". Again " + w + ". And " + w + " once more, "
                + w + " and " + w + ".");
        String inTitle = publish("articles", "A title about " + w, "Nothing relevant in this body.");

        var hits = search(w).statusCode(200)
                .body("data.id", contains(inTitle, inBody))
                .extract().jsonPath();
        float titleRank = hits.getFloat("data[0].rank");
        float bodyRank = hits.getFloat("data[1].rank");
        assertTrue(titleRank > bodyRank, "title rank " + titleRank + " must beat body rank " + bodyRank);
        assertTrue(titleRank > 0 && titleRank <= 1, "ranks are normalised to (0, 1]");
    }

    @Test
    void shouldReturnHitFieldsWithMarkedAndEscapedHighlightWhenBodyHasMarkup() {
        String w = word();
        String id = publish("articles", "Escaping " + w,
                "Code like `<script>alert(1)</script>` & friends talk about " + w + " all day.");

        String highlight = search(w).statusCode(200)
                .body("data", org.hamcrest.Matchers.hasSize(1))
                .body("data[0].type", equalTo("article"))
                .body("data[0].id", equalTo(id))
                .body("data[0].slug", startsWith("escaping-"))
                .body("data[0].title", equalTo("Escaping " + w))
                .body("data[0].excerpt", startsWith("Code like <script>"))
                .body("data[0].publishedAt", notNullValue())
                .body("data[0].rank", notNullValue())
                .extract().path("data[0].highlight");

        assertTrue(highlight.contains("<mark>" + w + "</mark>"), highlight);
        assertTrue(highlight.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), highlight);
        assertTrue(highlight.contains("&amp; friends"), highlight);
        String withoutMarks = highlight.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"),
                "nothing but <mark> may be unescaped: " + highlight);
    }

    @Test
    void shouldFindStemmedFormsWhenWordsDiffer() {
        String w = word();
        String id = publish("posts", "Peace talk " + w, "The talk went well.");

        search("talks " + w).statusCode(200).body("data.id", contains(id));
        search("talking " + w).statusCode(200).body("data.id", contains(id));
    }

    @Test
    void shouldNeverFindUnpublishedItemsWhenSearching() {
        String w = word();
        Map<String, Object> draft = ContentFixtures.body("Draft " + w, author);
        create("articles", draft);
        Map<String, Object> scheduled = ContentFixtures.body("Scheduled " + w, author);
        scheduled.put("status", "scheduled");
        scheduled.put("publishAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        create("articles", scheduled);
        Map<String, Object> archived = ContentFixtures.body("Archived " + w, author);
        archived.put("status", "archived");
        create("posts", archived);
        Map<String, Object> future = published("Future " + w, author);
        future.put("publishedAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        create("posts", future);

        search(w).statusCode(200).body("data", empty()).body("meta.total", equalTo(0));
        asAdmin().queryParam("q", w).get("/api/v1/search").then().statusCode(200).body("data", empty());
    }

    @Test
    void shouldFindNewWordsRightAfterPatch() {
        String before = word();
        String after = word();
        String id = publish("articles", "Changing", "The old text says " + before + ".");
        search(after).statusCode(200).body("data", empty());

        asAdmin().body(Map.of("bodyMarkdown", "The new text says " + after + "."))
                .patch("/api/v1/articles/" + id).then().statusCode(200);

        search(after).statusCode(200).body("data.id", contains(id));
        search(before).statusCode(200).body("data", empty());

        String newTitle = word();
        asAdmin().body(Map.of("title", "Renamed " + newTitle)).patch("/api/v1/articles/" + id).then().statusCode(200);
        search(newTitle).statusCode(200).body("data.id", contains(id)).body("data[0].title", equalTo("Renamed " + newTitle));
    }

    @Test
    void shouldKeepBodyWordsFindableWhenOnlyStandfirstChanges() {
        String inBody = word();
        String inStandfirst = word();
        String laterInBody = word();
        String id = publish("articles", "Standfirst edits", "The body says " + inBody + ".");

        asAdmin().body(Map.of("standfirst", "Now it says " + inStandfirst + "."))
                .patch("/api/v1/articles/" + id).then().statusCode(200);
        search(inStandfirst).statusCode(200).body("data.id", contains(id));
        search(inBody).statusCode(200).body("data.id", contains(id));
        assertEquals(1, database.count(AS_IF_INDEXED_AFRESH, UUID.fromString(id)), "vector after a standfirst edit");

        asAdmin().body(Map.of("bodyMarkdown", "The body now says " + laterInBody + "."))
                .patch("/api/v1/articles/" + id).then().statusCode(200);
        search(laterInBody).statusCode(200).body("data.id", contains(id));
        search(inBody).statusCode(200).body("data", empty());
        search(inStandfirst).statusCode(200).body("data.id", contains(id));
        assertEquals(1, database.count(AS_IF_INDEXED_AFRESH, UUID.fromString(id)), "vector after a body edit");
    }

    @Test
    void shouldFilterByTypeAndPageWhenAsked() {
        String w = word();
        String article = publish("articles", "Typed " + w, "Text.");
        String post1 = publish("posts", "Typed post " + w, "Text.");
        String post2 = publish("posts", "Typed post two " + w, "Text.");

        given().queryParam("q", w).queryParam("type", "post").get("/api/v1/search").then().statusCode(200)
                .body("data.id", containsInAnyOrder(post1, post2));
        given().queryParam("q", w).queryParam("type", "article,post").queryParam("size", 2)
                .queryParam("page", 2).get("/api/v1/search").then().statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"first\""))
                .header("Link", containsString("rel=\"prev\""))
                .body("data", org.hamcrest.Matchers.hasSize(1))
                .body("meta.page", equalTo(2))
                .body("meta.size", equalTo(2))
                .body("meta.total", equalTo(3))
                .body("meta.totalPages", equalTo(2));
        given().queryParam("q", w).queryParam("type", "article").get("/api/v1/search").then().statusCode(200)
                .body("data.id", contains(article));
        given().queryParam("q", w).queryParam("page", 99).get("/api/v1/search").then().statusCode(200)
                .body("data", empty()).body("meta.total", equalTo(3));
    }

    @Test
    void shouldRefuseQueryWhenMissingBlankOrTooLong() {
        given().get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("q"));
        for (String q : List.of("", "   ", "\t\n", "x".repeat(201))) {
            search(q).statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://byline.dev/problems/validation"))
                    .body("errors.field", contains("q"));
        }
        search("x".repeat(200)).statusCode(200);
        given().queryParam("q", "news").queryParam("type", "page").get("/api/v1/search").then().statusCode(400)
                .body("errors.field", contains("type"));
        given().queryParam("q", "news").queryParam("size", 101).get("/api/v1/search").then().statusCode(400)
                .body("errors.field", contains("size"));
        given().queryParam("q", "news").queryParam("page", 0).get("/api/v1/search").then().statusCode(400)
                .body("errors.field", contains("page"));
    }

    @Test
    void shouldAnswerWithoutServerErrorWhenQuerySyntaxIsOdd() {
        List<String> odd = List.of("\"(((", ":*&|!", "\"unbalanced quote", "the and of", "'", "\\", "\u0000abc",
                "a:*", "foo & bar | baz", "-", "--x", "or", "or or or", "\"\" \"\"", "!(a|b)", "<->", "<2>",
                "word:A", "'single' \"double", "\uD83D\uDE00 emoji", "\uFFFF", "%", "_", "x".repeat(199) + "\u00e9",
                "a -b -c -d or e \"f g\" -\"h i\"");
        for (String q : odd) {
            search(q).statusCode(oneOf(200, 400));
        }
        search("the and of").statusCode(200).body("data", empty()).body("meta.total", equalTo(0));
        search(":*&|!").statusCode(200).body("data", empty());
    }

    @Test
    void shouldSearchListWithQAndSortByRelevanceWhenAsked() {
        String w = word();
        String inBody = publish("articles", "List body", "Mentions " + w + " twice: " + w + ".");
        String inTitle = publish("articles", "List title " + w, "Nothing here.");
        publish("posts", "List post " + w, "A post, not an article.");

        // q filters; the default order stays newest first.
        given().queryParam("q", w).get("/api/v1/articles").then().statusCode(200)
                .body("data.id", contains(inTitle, inBody))
                .header("X-Total-Count", "2");
        given().queryParam("q", w).queryParam("sort", "publishedAt").get("/api/v1/articles").then().statusCode(200)
                .body("data.id", contains(inBody, inTitle));
        given().queryParam("q", w).queryParam("sort", "relevance").get("/api/v1/articles").then().statusCode(200)
                .body("data.id", contains(inTitle, inBody))
                .body("meta.nextCursor", equalTo(null));
        given().queryParam("q", w).queryParam("sort", "relevance").queryParam("size", 1)
                .get("/api/v1/articles").then().statusCode(200)
                .body("data.id", contains(inTitle))
                .body("meta.nextCursor", equalTo(null))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("q", w + " -list").get("/api/v1/articles").then().statusCode(200).body("data", empty());
    }

    @Test
    void shouldRefuseRelevanceWithoutQOrWithCursorWhenListing() {
        given().queryParam("sort", "relevance").get("/api/v1/articles").then().statusCode(400)
                .body("errors.field", contains("sort"));
        String cursor = given().queryParam("size", 1).get("/api/v1/posts").then().statusCode(200)
                .extract().path("meta.nextCursor");
        given().queryParam("q", "news").queryParam("sort", "relevance").queryParam("cursor", cursor == null ? "x" : cursor)
                .get("/api/v1/posts").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().queryParam("q", " ").get("/api/v1/articles").then().statusCode(400).body("errors.field", contains("q"));
        given().queryParam("q", "y".repeat(201)).get("/api/v1/posts").then().statusCode(400)
                .body("errors.field", contains("q"));
    }

    @Test
    void shouldPageListWithQByCursorWhenSortedByDate() {
        String w = word();
        String older = publish("posts", "Cursor one " + w, "Text.");
        String newer = publish("posts", "Cursor two " + w, "Text.");
        String cursor = given().queryParam("q", w).queryParam("size", 1).get("/api/v1/posts").then().statusCode(200)
                .body("data.id", contains(newer))
                .extract().path("meta.nextCursor");
        given().queryParam("q", w).queryParam("size", 1).queryParam("cursor", cursor).get("/api/v1/posts").then()
                .statusCode(200)
                .body("data.id", contains(older))
                .body("meta.nextCursor", equalTo(null));
    }

    @Test
    void shouldKeepListStatementCountFixedWhenSearching() {
        String w = word();
        publish("articles", "Count one " + w, "Text.");
        String few = given().queryParam("q", w).get("/api/v1/articles").then().statusCode(200)
                .body("data", org.hamcrest.Matchers.hasSize(1)).extract().header("X-Statement-Count");
        publish("articles", "Count two " + w, "Text.");
        publish("articles", "Count three " + w, "Text.");
        String more = given().queryParam("q", w).queryParam("sort", "relevance").get("/api/v1/articles").then()
                .statusCode(200).body("data", org.hamcrest.Matchers.hasSize(3)).extract().header("X-Statement-Count");
        assertEquals(few, more, "a list costs the same statements whatever its size");
        String search = search(w).statusCode(200).body("data", org.hamcrest.Matchers.hasSize(3))
                .extract().header("X-Statement-Count");
        assertEquals("1", search, "a search page is one statement (ranks, total and highlights)");
        String pastTheEnd = given().queryParam("q", w).queryParam("page", 2).get("/api/v1/search").then()
                .statusCode(200).body("data", empty()).body("meta.total", equalTo(3))
                .extract().header("X-Statement-Count");
        assertEquals("2", pastTheEnd, "past the end, the total needs its own count");
    }

    @Test
    void shouldAnswerWithoutServerErrorWhenPageIsHuge() {
        for (String path : List.of("/api/v1/articles", "/api/v1/posts")) {
            given().queryParam("page", Integer.MAX_VALUE).get(path).then().statusCode(400)
                    .body("errors.field", contains("page"));
        }
        given().queryParam("q", "news").queryParam("page", Integer.MAX_VALUE).get("/api/v1/search").then()
                .statusCode(400).body("errors.field", contains("page"));
        given().queryParam("q", "news").queryParam("page", 1_000_000).queryParam("size", 100)
                .get("/api/v1/search").then().statusCode(200).body("data", empty());
    }

    @Test
    void shouldAnswerNotModifiedWhenHitsAreUnchanged() {
        String w = word();
        String id = publish("posts", "Cached " + w, "Text.");
        String etag = search(w).statusCode(200)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
                .header("Surrogate-Key", containsString("post:" + id))
                .extract().header("ETag");
        given().queryParam("q", w).header("If-None-Match", etag).get("/api/v1/search").then().statusCode(304)
                .header("ETag", etag);
        asAdmin().body(Map.of("title", "Cached and changed " + w)).patch("/api/v1/posts/" + id).then().statusCode(200);
        given().queryParam("q", w).header("If-None-Match", etag).get("/api/v1/search").then().statusCode(200)
                .body("data[0].title", equalTo("Cached and changed " + w));
        asAdmin().queryParam("q", w).get("/api/v1/search").then().statusCode(200)
                .header("Cache-Control", "private, no-store");
    }
}
