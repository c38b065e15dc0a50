package dev.byline.content;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.byline.support.ContentFixtures;
import dev.byline.support.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import dev.byline.common.cache.RepresentationCache;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ETags, 304, Cache-Control and surrogate keys on public reads (API.md §9). */
@QuarkusTest
class HttpCachingTest {

    private static final String PUBLIC = "public, max-age=60, stale-while-revalidate=300";

    @Inject
    TestDatabase database;

    @Inject
    EntityManager entityManager;

    @Inject
    RepresentationCache cache;

    @Test
    void shouldAnswerNotModifiedWhenItemIsUnchanged() {
        String author = unique("cache-author");
        ContentFixtures.author(author);
        String id = ContentFixtures.create("articles", ContentFixtures.published(unique("Cached story"), author));
        String path = "/api/v1/articles/" + id;
        Response first = given().get(path);
        first.then().statusCode(200)
                .header("ETag", "\"" + id + "-v1\"")
                .header("Cache-Control", PUBLIC)
                .header("Vary", containsString("Authorization"));
        String etag = first.header("ETag");
        String slug = first.path("slug");
        // CORS' Vary: Origin and caching's Vary: Authorization both survive.
        List<String> vary = given().header("Origin", "https://news.example").get(path).then().statusCode(200)
                .extract().headers().getValues("Vary");
        org.hamcrest.MatcherAssert.assertThat(String.join(",", vary), org.hamcrest.Matchers.allOf(
                containsString("Origin"), containsString("Authorization")));

        // The answer may be kept in memory now (a 304 then costs no query: CacheInvalidationIT);
        // without it (dropped, or the notification channel down) the database's stamp alone decides.
        given().header("If-None-Match", etag).get(path).then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Vary", containsString("Authorization"));
        cache.invalidateAll();
        given().header("If-None-Match", etag).get(path).then()
                .statusCode(304)
                .body(emptyString())
                .header("ETag", etag)
                .header("Cache-Control", PUBLIC)
                .header("X-Statement-Count", "1");
        given().header("If-None-Match", "W/" + etag + ", \"other\"").get("/api/v1/articles/slug/" + slug).then()
                .statusCode(304)
                .header("X-Statement-Count", "1");
        given().header("If-None-Match", "*").get(path).then().statusCode(304);

        asAdmin().body(Map.of("title", "Changed story")).patch(path).then().statusCode(200);
        given().header("If-None-Match", etag).get(path).then()
                .statusCode(200)
                .header("ETag", "\"" + id + "-v2\"")
                .body("title", equalTo("Changed story"))
                .header("X-Statement-Count", Integer::parseInt, lessThanOrEqualTo(3));
        // Not public: no 304 or tag leaks the draft to anonymous callers.
        asAdmin().body(Map.of("status", "draft")).patch(path).then().statusCode(200);
        given().header("If-None-Match", "\"" + id + "-v3\"").get(path).then().statusCode(404);
    }

    @Test
    void shouldAnswerNotModifiedWhenListIsUnchanged() {
        String author = unique("list-author");
        ContentFixtures.author(author);
        String section = unique("cache-section");
        ContentFixtures.section(section);
        String[] ids = new String[3];
        for (int i = 0; i < ids.length; i++) {
            Map<String, Object> body = ContentFixtures.published(unique("Listed"), author);
            body.put("section", section);
            ids[i] = ContentFixtures.create("posts", body);
        }
        String list = "/api/v1/posts?size=2&section=" + section;
        Response full = given().get(list);
        full.then().statusCode(200)
                .header("ETag", startsWith("\""))
                .header("Cache-Control", PUBLIC)
                .header("X-Total-Count", "3");
        String etag = full.header("ETag");
        int fullCost = Integer.parseInt(full.header("X-Statement-Count"));

        cache.invalidateAll(); // the database path, as when nothing is kept in memory
        Response notModified = given().header("If-None-Match", etag).get(list);
        notModified.then().statusCode(304).body(emptyString()).header("ETag", etag)
                .header("Cache-Control", PUBLIC);
        int cheapCost = Integer.parseInt(notModified.header("X-Statement-Count"));
        assertEquals(fullCost - 2, cheapCost, "a 304 costs one id/version query instead of page, authors and tags "
                + "(" + fullCost + " vs " + cheapCost + ")");
        // Another page of the same list has its own tag.
        given().header("If-None-Match", etag).get(list + "&page=2").then().statusCode(200);

        // A change to an item on the page changes the tag...
        asAdmin().body(Map.of("title", "Retitled")).patch("/api/v1/posts/" + ids[2]).then().statusCode(200);
        String changed = given().header("If-None-Match", etag).get(list).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, changed);
        // ...and so does a new item in the list.
        Map<String, Object> body = ContentFixtures.published(unique("Newcomer"), author);
        body.put("section", section);
        ContentFixtures.create("posts", body);
        given().header("If-None-Match", changed).get(list).then().statusCode(200).header("X-Total-Count", "4");
        // Unchanged again: 304 again.
        String now = given().get(list).then().extract().header("ETag");
        given().header("If-None-Match", now).get(list).then().statusCode(304);
    }

    @Test
    void shouldAnswerNotModifiedWhenRecentAndTaxonomyAreUnchanged() {
        String recent = given().get("/api/v1/recent?limit=3").then().statusCode(200)
                .header("Cache-Control", PUBLIC).header("Surrogate-Key", containsString("list:recent"))
                .extract().header("ETag");
        given().header("If-None-Match", recent).get("/api/v1/recent?limit=3").then().statusCode(304);

        String section = unique("tax-section");
        String sectionId = ContentFixtures.section(section);
        String sectionTag = given().get("/api/v1/sections/slug/" + section).then().statusCode(200)
                .header("Cache-Control", PUBLIC)
                .header("Surrogate-Key", "section:" + section)
                .header("Cache-Tag", "section:" + section)
                .extract().header("ETag");
        given().header("If-None-Match", sectionTag).get("/api/v1/sections/" + sectionId).then().statusCode(304);
        asAdmin().body(Map.of("description", "Now described")).patch("/api/v1/sections/" + sectionId)
                .then().statusCode(200);
        given().header("If-None-Match", sectionTag).get("/api/v1/sections/" + sectionId).then().statusCode(200)
                .body("description", equalTo("Now described"));

        String tag = unique("tax-tag");
        ContentFixtures.tag(tag);
        String tagEtag = given().get("/api/v1/tags/slug/" + tag).then().statusCode(200)
                .header("Surrogate-Key", "tag:" + tag).extract().header("ETag");
        given().header("If-None-Match", tagEtag).get("/api/v1/tags/slug/" + tag).then().statusCode(304);

        String author = unique("tax-author");
        ContentFixtures.author(author);
        String authorEtag = given().get("/api/v1/authors/slug/" + author).then().statusCode(200)
                .header("Surrogate-Key", "author:" + author).extract().header("ETag");
        given().header("If-None-Match", authorEtag).get("/api/v1/authors/slug/" + author).then().statusCode(304);

        Response sections = given().get("/api/v1/sections?size=100");
        sections.then().statusCode(200).header("X-Total-Count", not(emptyString()))
                .header("Surrogate-Key", startsWith("list:sections"));
        given().header("If-None-Match", sections.header("ETag")).get("/api/v1/sections?size=100").then()
                .statusCode(304);
    }

    @Test
    void shouldSendPrivateNoStoreWhenRequestCarriesToken() {
        String author = unique("private-author");
        ContentFixtures.author(author);
        String id = ContentFixtures.create("articles", ContentFixtures.published(unique("Private view"), author));
        Response item = asAdmin().get("/api/v1/articles/" + id);
        item.then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("Surrogate-Key", nullValue())
                .header("Cache-Tag", nullValue())
                .header("ETag", "\"" + id + "-v1\"");
        asAdmin().header("If-None-Match", item.header("ETag")).get("/api/v1/articles/" + id).then()
                .statusCode(304).header("Cache-Control", "private, no-store");
        asAdmin().get("/api/v1/articles").then().statusCode(200).header("Cache-Control", "private, no-store")
                .header("Surrogate-Key", nullValue());
        asAdmin().get("/api/v1/sections").then().statusCode(200).header("Cache-Control", "private, no-store");
        asAdmin().get("/api/v1/me").then().statusCode(200).header("Cache-Control", "private, no-store");
        // Even a token that turns out invalid: the answer is not for a shared cache.
        given().header("Authorization", "Bearer byl_nope-" + UUID.randomUUID()).get("/api/v1/articles/" + id)
                .then().header("Cache-Control", containsString("no-store"));
    }

    @Test
    void shouldNameDependenciesInSurrogateKeyWhenContentIsPublic() {
        String section = unique("key-section");
        ContentFixtures.section(section);
        String firstAuthor = unique("key-author");
        String secondAuthor = unique("key-author");
        ContentFixtures.author(firstAuthor);
        ContentFixtures.author(secondAuthor);
        String tagA = unique("key-tag");
        String tagB = unique("key-tag");
        ContentFixtures.tag(tagA);
        ContentFixtures.tag(tagB);
        Map<String, Object> body = ContentFixtures.published(unique("Keyed story"), firstAuthor);
        body.put("authors", List.of(firstAuthor, secondAuthor));
        body.put("section", section);
        body.put("tags", List.of(tagA, tagB));
        String id = ContentFixtures.create("articles", body);

        Response item = given().get("/api/v1/articles/" + id);
        List<String> keys = Arrays.asList(item.header("Surrogate-Key").split(" "));
        org.hamcrest.MatcherAssert.assertThat(keys, hasItems("article:" + id, "section:" + section,
                "author:" + firstAuthor, "author:" + secondAuthor, "tag:" + tagA, "tag:" + tagB));
        assertEquals(item.header("Surrogate-Key"), item.header("Cache-Tag"));

        Response list = given().get("/api/v1/articles?section=" + section);
        List<String> listKeys = Arrays.asList(list.header("Surrogate-Key").split(" "));
        assertEquals("list:articles", listKeys.get(0));
        org.hamcrest.MatcherAssert.assertThat(listKeys, hasItems("article:" + id, "section:" + section,
                "author:" + firstAuthor, "tag:" + tagB));
        assertEquals(list.header("Surrogate-Key"), list.header("Cache-Tag"));
    }

    @Test
    void shouldChangeEtagWhenCommentCountOrShownNamesChange() {
        String author = unique("count-author");
        String authorId = ContentFixtures.author(author);
        String section = unique("count-section");
        String sectionId = ContentFixtures.section(section);
        String tag = unique("count-tag");
        String tagId = ContentFixtures.tag(tag);
        Map<String, Object> body = ContentFixtures.published(unique("Counted story"), author);
        body.put("section", section);
        body.put("tags", List.of(tag));
        String id = ContentFixtures.create("articles", body);
        String path = "/api/v1/articles/" + id;
        String etag = given().get(path).then().extract().header("ETag");
        String listTag = given().get("/api/v1/articles?section=" + section).then().extract().header("ETag");

        // The comment feature moderates with one UPDATE of comment_count; the version follows.
        database.update("update content_items set comment_count = comment_count + 1 where id = ?",
                UUID.fromString(id));
        String afterComment = given().header("If-None-Match", etag).get(path).then().statusCode(200)
                .body("commentCount", equalTo(1))
                .body("version", equalTo(2))
                .extract().header("ETag");
        given().header("If-None-Match", listTag).get("/api/v1/articles?section=" + section).then().statusCode(200);
        // The same when it is written as a JPQL bulk update.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                        "update ContentItem c set c.commentCount = c.commentCount + 1 where c.id = :id")
                .setParameter("id", UUID.fromString(id)).executeUpdate());
        database.changedBehindTheApp();
        afterComment = given().header("If-None-Match", afterComment).get(path).then().statusCode(200)
                .body("commentCount", equalTo(2))
                .body("version", equalTo(3))
                .extract().header("ETag");

        // Renaming what the item shows (its section, an author) changes it too.
        asAdmin().body(Map.of("name", "Renamed section")).patch("/api/v1/sections/" + sectionId)
                .then().statusCode(200);
        String afterSection = given().header("If-None-Match", afterComment).get(path).then().statusCode(200)
                .body("section.name", equalTo("Renamed section"))
                .extract().header("ETag");
        asAdmin().body(Map.of("name", "Renamed author")).patch("/api/v1/authors/" + authorId)
                .then().statusCode(200);
        String afterAuthor = given().header("If-None-Match", afterSection).get(path).then().statusCode(200)
                .body("authors[0].name", equalTo("Renamed author"))
                .extract().header("ETag");
        // Deleting a tag detaches it: the item shows one tag fewer.
        asAdmin().delete("/api/v1/tags/" + tagId).then().statusCode(204);
        given().header("If-None-Match", afterAuthor).get(path).then().statusCode(200)
                .body("tags", org.hamcrest.Matchers.empty());
        // A change that shows nothing new leaves the tag alone.
        String current = given().get(path).then().extract().header("ETag");
        asAdmin().body(Map.of("description", "No name change")).patch("/api/v1/sections/" + sectionId)
                .then().statusCode(200);
        given().header("If-None-Match", current).get(path).then().statusCode(304);
    }
}
