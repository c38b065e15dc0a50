package dev.byline.cdn;

import static dev.byline.support.ContentFixtures.create;
import static dev.byline.support.ContentFixtures.published;
import static dev.byline.support.ContentFixtures.tag;
import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.CommentFixtures;
import dev.byline.support.ContentFixtures;
import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The purger against a real HTTP receiver standing for a cache node: what each committed write
 * purges, that it matches the keys the responses carry, that a failed or rolled-back write purges
 * nothing, and that a refused purge is retried until it goes through.
 */
@QuarkusTest
@TestProfile(CdnPurgeTest.Purging.class)
class CdnPurgeTest {

    /** Purging on, to a receiver started before the app. */
    public static class Purging implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PurgeReceiverResource.class));
        }
    }

    /** A bound for background work on a loaded machine, not an expected time. */
    private static final Duration WITHIN = Duration.ofSeconds(30);

    PurgeReceiver receiver;

    @Inject
    TestDatabase db;

    @Inject
    FailingWrites failing;

    @Test
    void shouldPurgeTheItemItsListsAndItsTermsWhenAnArticleIsPublished() throws Exception {
        Article article = Article.published();
        Set<String> expected = Set.of("article:" + article.id, "list:articles", "list:recent",
                "section:" + article.sectionSlug, "tag:" + article.tagSlug, "author:" + article.authorSlug);

        assertTrue(receiver.await(expected, WITHIN).containsAll(expected), () -> "purged: " + receiver.keys());
        PurgeReceiver.Received purge = receiver.naming("article:" + article.id).get(0);
        assertEquals("PURGE", purge.method());
        assertEquals(PurgeReceiverResource.SECRET, purge.header("X-Purge-Secret"));
        assertEquals(PurgeClient.USER_AGENT, purge.header("User-Agent"));
        awaitNothingPendingFor("article:" + article.id);
    }

    @Test
    void shouldPurgeEveryResponseThatShowedAnArticleWhenItIsUnpublished() throws Exception {
        Article article = Article.published();
        String word = "zq" + unique("w").replace("-", "");
        asAdmin().body(Map.of("bodyMarkdown", "A rare word: " + word)).patch("/api/v1/articles/" + article.id)
                .then().statusCode(200);
        String slug = asAdmin().get("/api/v1/articles/" + article.id).then().extract().path("slug");
        CommentFixtures.approved("articles", article.id, CommentFixtures.comment("A first comment"));

        Map<String, Set<String>> shown = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/articles/" + article.id, "/api/v1/articles/slug/" + slug,
                "/api/v1/articles?section=" + article.sectionSlug, "/api/v1/articles?tag=" + article.tagSlug,
                "/api/v1/articles?author=" + article.authorSlug, "/api/v1/recent",
                "/api/v1/articles/" + article.id + "?include=comments,authors",
                "/api/v1/sections/slug/" + article.sectionSlug, "/api/v1/tags/slug/" + article.tagSlug,
                "/api/v1/authors/slug/" + article.authorSlug, "/api/v1/sections", "/api/v1/tags", "/api/v1/authors",
                "/api/v1/search?q=" + word, "/api/v1/articles/" + article.id + "/comments",
                "/api/v1/resolve?path=/articles/" + slug, "/feed.xml", "/feed.json",
                "/sections/" + article.sectionSlug + "/feed.xml")) {
            Response response = given().get(path);
            assertEquals(200, response.statusCode(), path);
            String keys = response.header("Surrogate-Key");
            assertTrue(keys != null && !keys.isBlank(), path + " carries no Surrogate-Key");
            shown.put(path, new HashSet<>(Arrays.asList(keys.split(" "))));
        }
        // Everything before this point has been purged once; what follows is the unpublish's.
        receiver.await(Set.of("comments:" + article.id), WITHIN);
        awaitNothingPendingFor("comments:" + article.id);
        int mark = receiver.received().size();

        asAdmin().body(Map.of("status", "draft")).patch("/api/v1/articles/" + article.id).then().statusCode(200);

        long deadline = System.nanoTime() + WITHIN.toNanos();
        Map<String, Set<String>> missed = missed(shown, mark);
        while (!missed.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            missed = missed(shown, mark);
        }
        assertTrue(missed.isEmpty(), () -> "no purge reached these responses: " + missed(shown, mark)
                + "\npurged after the unpublish: " + keysAfter(mark));
    }

    @Test
    void shouldPurgeTheOldAndTheNewKeyWhenATagIsRenamed() throws Exception {
        String slug = unique("tag");
        String id = tag(slug);
        String renamed = unique("renamed");
        asAdmin().body(Map.of("slug", renamed, "name", "Renamed")).patch("/api/v1/tags/" + id).then().statusCode(200);

        Set<String> expected = Set.of("tag:" + slug, "tag:" + renamed, "list:tags");
        assertTrue(receiver.await(expected, WITHIN).containsAll(expected), () -> "purged: " + receiver.keys());
    }

    @Test
    void shouldPurgeTheThreadAndTheItemWhenACommentIsApproved() throws Exception {
        Article article = Article.published();
        String comment = CommentFixtures.pending("articles", article.id, CommentFixtures.comment("Pending for now"));
        receiver.await(Set.of("article:" + article.id), WITHIN);
        awaitNothingPendingFor("article:" + article.id);
        int mark = receiver.received().size();

        CommentFixtures.setStatus(comment, "approved");

        Set<String> expected = Set.of("comments:" + article.id, "article:" + article.id, "comment:" + comment);
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!keysAfter(mark).containsAll(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(keysAfter(mark).containsAll(expected), () -> "purged: " + keysAfter(mark));
    }

    @Test
    void shouldPurgeNothingForADraftOrAFailedOrRolledBackWrite() throws Exception {
        Article article = Article.published();
        receiver.await(Set.of("article:" + article.id), WITHIN);
        awaitNothingPendingFor("article:" + article.id);
        int mark = receiver.received().size();

        Map<String, Object> draft = published("Draft " + unique("d"), article.authorSlug);
        draft.put("status", "draft");
        String draftId = create("articles", draft);
        asAdmin().body(Map.of("title", "Still a draft")).patch("/api/v1/articles/" + draftId).then().statusCode(200);
        asAdmin().header("If-Match", "\"" + article.id + "-v0\"").body(Map.of("title", "Stale"))
                .patch("/api/v1/articles/" + article.id).then().statusCode(412);
        asAdmin().body(Map.of("title", FailingWrites.MARKER)).patch("/api/v1/articles/" + article.id)
                .then().statusCode(500);
        assertTrue(failing.recordedBeforeRollback() > 0, "the rolled-back write had recorded its purges");
        assertEquals(0, db.count("SELECT count(*) FROM cdn_purges WHERE key = ?", "article:" + article.id));

        // A later write's purge arrives: anything committed before it would have come first.
        Article later = Article.published();
        receiver.await(Set.of("article:" + later.id), WITHIN);
        Set<String> after = keysAfter(mark);
        assertTrue(after.contains("article:" + later.id), () -> "purged: " + after);
        assertTrue(!after.contains("article:" + article.id) && !after.contains("article:" + draftId),
                () -> "purged: " + after);
        given().get("/api/v1/articles/" + article.id).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.not(FailingWrites.MARKER));
    }

    @Test
    void shouldRetryWithBackoffUntilTheCacheTakesThePurge() throws Exception {
        String tag = unique("retried");
        tag(tag);
        receiver.refuse("tag:" + tag, 3);

        Article.published(tag);

        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (receiver.naming("tag:" + tag).size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // The article's purge, refused three times and taken the fourth.
        assertTrue(receiver.naming("tag:" + tag).size() >= 4, () -> "purges naming the tag: "
                + receiver.naming("tag:" + tag).size());
        awaitNothingPendingFor("tag:" + tag);
    }

    private Map<String, Set<String>> missed(Map<String, Set<String>> shown, int mark) {
        Set<String> purged = keysAfter(mark);
        return shown.entrySet().stream()
                .filter(entry -> entry.getValue().stream().noneMatch(purged::contains))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Set<String> keysAfter(int mark) {
        List<PurgeReceiver.Received> all = receiver.received();
        Set<String> keys = new HashSet<>();
        all.subList(Math.min(mark, all.size()), all.size()).forEach(r -> keys.addAll(r.keys()));
        return keys;
    }

    private void awaitNothingPendingFor(String key) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (db.count("SELECT count(*) FROM cdn_purges WHERE key = ?", key) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, db.count("SELECT count(*) FROM cdn_purges WHERE key = ?", key), "pending purges of " + key);
    }

    /** A published article in a section of its own, with a tag and an author of its own. */
    private record Article(String id, String sectionSlug, String tagSlug, String authorSlug) {

        static Article published() {
            String slug = unique("tag");
            ContentFixtures.tag(slug);
            return published(slug);
        }

        static Article published(String tagSlug) {
            String section = unique("section");
            ContentFixtures.section(section);
            String author = unique("author");
            ContentFixtures.author(author);
            Map<String, Object> body = ContentFixtures.published("Story " + unique("s"), author);
            body.put("section", section);
            body.put("tags", List.of(tagSlug));
            return new Article(ContentFixtures.create("articles", body), section, tagSlug, author);
        }
    }
}
