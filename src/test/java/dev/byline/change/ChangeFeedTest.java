package dev.byline.change;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.support.MediaFixtures;
import dev.byline.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The change feed (API.md §14): commit order, exactly once, scopes, cursors, retention. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestDatabase db;

    @Inject
    ChangeMaintenance maintenance;

    @Test
    void shouldShowTwoTransactionsCommittedOutOfOrderOnceEachInCommitOrder() throws Exception {
        String start = head(asAdmin());
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (Connection earlier = dataSource.getConnection(); Connection later = dataSource.getConnection()) {
            earlier.setAutoCommit(false);
            later.setAutoCommit(false);
            insertTag(earlier, first);   // writes first: the lower write position and transaction id
            insertTag(later, second);
            later.commit();              // ... but commits last

            Poll afterLater = poll(asAdmin(), start);
            assertEquals(List.of(second.toString()), afterLater.ids(first, second),
                    "the committed change is visible, the open one is not");

            earlier.commit();
            Poll afterEarlier = poll(asAdmin(), afterLater.nextCursor);
            assertEquals(List.of(first.toString()), afterEarlier.ids(first, second),
                    "the change committed late is still seen, after the cursor already passed the other");
        }
        Poll all = poll(asAdmin(), start);
        assertEquals(List.of(second.toString(), first.toString()), all.ids(first, second),
                "once each, in commit order");
        assertGapFree(all, Long.parseLong(start));
    }

    @Test
    void shouldSeeEveryChangeExactlyOnceWhilePollingDuringConcurrentWrites() throws Exception {
        String start = head(asAdmin());
        int writers = 4;
        int perWriter = 15;
        List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Poll> polls = java.util.Collections.synchronizedList(new ArrayList<>());
        Future<?> poller = pool.submit(() -> {
            String cursor = start;
            while (writing.get()) {
                Poll poll = poll(asAdmin(), cursor);
                polls.add(poll);
                cursor = poll.nextCursor;
            }
            return null;
        });
        List<Future<?>> jobs = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    created.add(ContentFixtures.tag(unique("feed")));
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        writing.set(false);
        poller.get();
        pool.shutdown();
        String cursor = polls.isEmpty() ? start : polls.get(polls.size() - 1).nextCursor;
        Poll rest = poll(asAdmin(), cursor);
        polls.add(rest);

        Map<String, Integer> seen = new HashMap<>();
        long previous = Long.parseLong(start);
        for (Poll poll : polls) {
            for (Map<String, Object> change : poll.data) {
                long seq = ((Number) change.get("seq")).longValue();
                assertEquals(previous + 1, seq, "an admin sees every seq, one after the other");
                previous = seq;
                seen.merge((String) change.get("id"), 1, Integer::sum);
            }
        }
        for (String id : created) {
            assertEquals(1, seen.getOrDefault(id, 0), "tag " + id + " seen exactly once");
        }
    }

    @Test
    void shouldShowUnpublishAndDeleteAsDeleteToAnonymousAndKeepDraftsFromThem() {
        String start = head(asAdmin());
        String author = unique("feed-author");
        ContentFixtures.author(author);
        String article = ContentFixtures.create("articles", ContentFixtures.published(unique("Live"), author));
        String draft = ContentFixtures.create("articles", ContentFixtures.body(unique("Draft"), author));
        asAdmin().body(Map.of("status", "draft")).patch("/api/v1/articles/" + article).then().statusCode(200);
        asAdmin().delete("/api/v1/articles/" + draft).then().statusCode(204);

        List<String> anonymous = poll(given(), start).actions(article, draft);
        assertEquals(List.of("article " + article + " upsert", "article " + article + " delete"), anonymous);

        List<String> editor = poll(asAdmin(), start).actions(article, draft);
        assertEquals(List.of("article " + article + " upsert", "article " + draft + " upsert",
                "article " + article + " upsert", "article " + draft + " delete"), editor);

        asAdmin().delete("/api/v1/articles/" + article).then().statusCode(204);
        String afterUnpublish = head(given());
        assertEquals(List.of(), poll(given(), afterUnpublish).actions(article, draft),
                "deleting what anonymous readers already saw go is no news to them");
    }

    @Test
    void shouldShowMediaToAnonymousReadersOnlyWhilePublishedContentShowsIt() {
        String adminStart = head(asAdmin());
        String anonymousStart = head(given());
        Fixtures.TestUser contributor = Fixtures.user("contributor");
        String contributorStart = head(contributor.request());
        String author = unique("media-feed");
        ContentFixtures.author(author);

        String media = MediaFixtures.upload("feed.png", "First alt");
        asAdmin().body(Map.of("alt", "Second alt")).patch("/api/v1/media/" + media).then().statusCode(200);
        assertEquals(List.of(), poll(given(), anonymousStart).actions(media),
                "an unused upload is no business of anonymous readers, not even its id");
        assertEquals(List.of("media " + media + " upsert", "media " + media + " upsert"),
                poll(contributor.request(), contributorStart).actions(media), "any token holder reads any media");

        Map<String, Object> body = ContentFixtures.published(unique("Pictured"), author);
        body.put("featuredImage", Map.of("mediaId", media));
        String article = ContentFixtures.create("articles", body);
        String published = head(given());
        asAdmin().body(Map.of("caption", "Now public")).patch("/api/v1/media/" + media).then().statusCode(200);
        asAdmin().body(Map.of("status", "draft")).patch("/api/v1/articles/" + article).then().statusCode(200);
        String unpublished = head(given());
        Map<String, Object> noImage = new HashMap<>();
        noImage.put("featuredImage", null);
        asAdmin().body(noImage).patch("/api/v1/articles/" + article).then().statusCode(200);
        asAdmin().body(Map.of("alt", "Third alt")).patch("/api/v1/media/" + media).then().statusCode(200);
        asAdmin().delete("/api/v1/media/" + media).then().statusCode(204);

        assertEquals(List.of("media " + media + " upsert", "media " + media + " upsert", "media " + media + " delete"),
                poll(given(), anonymousStart).actions(media),
                "public when the published article shows it, changed while public, gone when it is unpublished; "
                        + "later changes and the delete are not theirs to see");
        given().get("/api/v1/media/" + media).then().statusCode(404);
        assertEquals(List.of("media " + media + " upsert", "media " + media + " delete"),
                poll(given(), published).actions(media));
        assertEquals(List.of(), poll(given(), unpublished).actions(media));
        assertEquals(List.of("media " + media + " upsert", "media " + media + " upsert",
                        "media " + media + " upsert", "media " + media + " upsert", "media " + media + " upsert",
                        "media " + media + " upsert", "media " + media + " delete"),
                poll(asAdmin(), adminStart).actions(media),
                "an editor sees the upload, each change, the two changes of visibility and the delete");
    }

    @Test
    void shouldLetAContributorFollowOwnDraftsButNotOthers() {
        String author = unique("own-author");
        String authorId = ContentFixtures.author(author);
        Fixtures.TestUser contributor = Fixtures.user("contributor", authorId);
        String start = head(contributor.request());
        String own = contributor.request().body(ContentFixtures.body(unique("Mine"), author)).post("/api/v1/posts")
                .then().statusCode(201).extract().path("id");
        String other = ContentFixtures.create("posts", ContentFixtures.body(unique("Theirs"), author));
        assertEquals(List.of("post " + own + " upsert"), poll(contributor.request(), start).actions(own, other));
    }

    @Test
    void shouldAnswer400ForMalformedCursorOrLimit() {
        for (String bad : List.of("abc", "-1", "1.5", "12a", "99999999999999999999")) {
            given().queryParam("since", bad).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().queryParam("limit", 0).get("/api/v1/changes").then().statusCode(400);
        given().queryParam("limit", 1001).get("/api/v1/changes").then().statusCode(400);
        given().queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200);
    }

    @Test
    void shouldAlwaysGiveNextCursorAlsoWhenNothingIsLeft() {
        String end = head(asAdmin());
        given().queryParam("since", end).get("/api/v1/changes").then().statusCode(200)
                .body("data.size()", equalTo(0))
                .body("meta.nextCursor", equalTo(end));
        given().queryParam("since", Long.parseLong(end) + 1000).get("/api/v1/changes").then().statusCode(410)
                .body("type", equalTo("https://byline.dev/problems/gone"));
    }

    @Test
    void shouldAnswerGoneWhenTheCursorIsOlderThanTheRetention() {
        String start = head(asAdmin());
        String tag = ContentFixtures.tag(unique("old-news"));
        long seq = poll(asAdmin(), start).seqOf(tag);
        db.update("UPDATE changes SET at = now() - interval '31 days' WHERE seq = ?", seq);
        assertTrue(maintenance.pruneExpired() >= 1);

        given().queryParam("since", seq - 1).get("/api/v1/changes").then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://byline.dev/problems/gone"))
                .body("oldestCursor", equalTo(Long.toString(seq)));
        given().queryParam("since", seq).get("/api/v1/changes").then().statusCode(200);
        List<Map<String, Object>> oldest = asAdmin().get("/api/v1/changes").then().statusCode(200)
                .extract().jsonPath().getList("data");
        assertTrue(oldest.isEmpty() || ((Number) oldest.get(0).get("seq")).longValue() > seq,
                "without since the feed starts at the oldest kept change");
    }

    private static void insertTag(Connection connection, UUID id) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO tags (id, slug, name, created_at, updated_at) VALUES (?, ?, ?, now(), now())")) {
            insert.setObject(1, id);
            insert.setString(2, "order-" + id);
            insert.setString(3, "Order " + id);
            insert.executeUpdate();
        }
    }

    /** The cursor at the end of the feed as the caller sees it. */
    private static String head(RequestSpecification request) {
        String cursor = null;
        while (true) {
            Poll poll = poll(request, cursor);
            if (poll.data.size() < 1000) {
                return poll.nextCursor;
            }
            cursor = poll.nextCursor;
        }
    }

    /** Everything after the cursor, following nextCursor to the end. */
    private static Poll poll(RequestSpecification request, String since) {
        List<Map<String, Object>> data = new ArrayList<>();
        String cursor = since;
        while (true) {
            RequestSpecification spec = request.queryParam("limit", 1000);
            if (cursor != null) {
                spec = spec.queryParam("since", cursor);
            }
            JsonPath body = spec.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> page = body.getList("data");
            data.addAll(page);
            cursor = body.getString("meta.nextCursor");
            if (page.size() < 1000) {
                return new Poll(data, cursor);
            }
        }
    }

    private static void assertGapFree(Poll poll, long after) {
        long previous = after;
        for (Map<String, Object> change : poll.data) {
            long seq = ((Number) change.get("seq")).longValue();
            assertEquals(previous + 1, seq);
            previous = seq;
        }
    }

    private record Poll(List<Map<String, Object>> data, String nextCursor) {

        List<String> ids(UUID... of) {
            List<String> wanted = java.util.Arrays.stream(of).map(UUID::toString).toList();
            return data.stream().map(change -> (String) change.get("id")).filter(wanted::contains).toList();
        }

        List<String> actions(String... of) {
            List<String> wanted = List.of(of);
            return data.stream().filter(change -> wanted.contains(change.get("id")))
                    .map(change -> change.get("kind") + " " + change.get("id") + " " + change.get("action"))
                    .toList();
        }

        long seqOf(String id) {
            return data.stream().filter(change -> id.equals(change.get("id")))
                    .mapToLong(change -> ((Number) change.get("seq")).longValue()).findFirst().orElseThrow();
        }
    }
}
