package dev.byline.content.workflow;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.support.Fixtures.TestUser;
import dev.byline.support.RecordedEvents;
import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Status transitions and scheduled publishing (API.md §3 workflow). */
@QuarkusTest
class ScheduledPublishingTest {

    @Inject
    ScheduledPublisher publisher;

    @Inject
    TestDatabase database;

    @Inject
    RecordedEvents events;

    @Test
    void shouldPublishScheduledItemWhenItsInstantPasses() throws Exception {
        String author = unique("sched-author");
        ContentFixtures.author(author);
        Instant publishAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> body = ContentFixtures.body(unique("Scheduled story"), author);
        body.put("status", "scheduled");
        body.put("publishAt", publishAt.toString());
        String id = asAdmin().body(body).post("/api/v1/articles").then().statusCode(201)
                .body("status", equalTo("scheduled"))
                .body("publishAt", equalTo(publishAt.toString()))
                .body("publishedAt", nullValue())
                .extract().path("id");
        given().get("/api/v1/articles/" + id).then().statusCode(404);

        Instant deadline = Instant.now().plusSeconds(15);
        int status = 404;
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = given().get("/api/v1/articles/" + id).statusCode();
        }
        Instant seen = Instant.now();
        assertEquals(200, status, "the scheduled article became public within 15 s");
        assertTrue(Duration.between(publishAt, seen).toMillis() <= 10_000, "published within 10 s of its instant");
        given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("status", equalTo("published"))
                .body("publishedAt", equalTo(publishAt.toString()))
                .body("publishAt", nullValue())
                .body("version", equalTo(2));
        assertEquals(1, events.count("article.published", id));
        asAdmin().get("/api/v1/articles/" + id + "/revisions").then().statusCode(200)
                .body("data[0].action", equalTo("scheduled-publish"))
                .body("data[0].userName", equalTo("Scheduler"))
                .body("data[0].status", equalTo("published"))
                .body("data[0].version", equalTo(2));
    }

    @Test
    void shouldScheduleAndLaterAnnounceItemPublishedWithDateAhead() throws Exception {
        String author = unique("embargo-author");
        ContentFixtures.author(author);
        Instant embargo = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> body = ContentFixtures.published(unique("Embargoed story"), author);
        body.put("publishedAt", embargo.toString());
        String id = asAdmin().body(body).post("/api/v1/posts").then().statusCode(201)
                .body("status", equalTo("scheduled"))
                .body("publishAt", equalTo(embargo.toString()))
                .extract().path("id");
        given().get("/api/v1/posts/" + id).then().statusCode(404);
        Instant deadline = Instant.now().plusSeconds(15);
        while (given().get("/api/v1/posts/" + id).statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        given().get("/api/v1/posts/" + id).then().statusCode(200)
                .body("status", equalTo("published"))
                .body("publishedAt", equalTo(embargo.toString()));
        assertEquals(1, events.count("post.published", id), "the webhook hears of it when it goes live");
    }

    @Test
    void shouldPublishEachDueItemExactlyOnceWhenTwoInstancesRunAtOnce() throws Exception {
        String author = unique("twice-author");
        ContentFixtures.author(author);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(scheduled(author, "posts"));
        }
        // Every item falls due at the same moment, for both "instances".
        database.update("update content_items set publish_at = ? where id = any(?)",
                Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC),
                ids.stream().map(UUID::fromString).toArray(UUID[]::new));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return publisher.publishDue();
                }));
            }
            int byThreads = runs.get(0).get(60, TimeUnit.SECONDS) + runs.get(1).get(60, TimeUnit.SECONDS);
            assertTrue(byThreads <= ids.size(), "no item published twice by the two passes: " + byThreads);
        } finally {
            pool.shutdownNow();
        }
        // The app's own 2 s pass may have taken some: it is a third instance. Either way, once each.
        for (String id : ids) {
            given().get("/api/v1/posts/" + id).then().statusCode(200)
                    .body("status", equalTo("published"))
                    .body("version", equalTo(2));
            assertEquals(1, database.count("select count(*) from content_revisions where content_id = ? "
                    + "and action = 'scheduled-publish'", UUID.fromString(id)), "one revision for " + id);
            assertEquals(1, events.count("post.published", id), "one event for " + id);
        }
    }

    @Test
    void shouldPublishPastDueItemWhenServiceStartsAgain() throws Exception {
        String author = unique("late-author");
        ContentFixtures.author(author);
        String id = scheduled(author, "articles");
        // The instant passed three days ago, while the service was down.
        Instant longAgo = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        makeDue(id, longAgo);

        publisher.catchUpAtStart(null);

        // The app's 2 s pass may be holding the row this very moment; it then commits within it.
        Instant deadline = Instant.now().plusSeconds(3);
        while (given().get("/api/v1/articles/" + id).statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("status", equalTo("published"))
                .body("publishedAt", equalTo(longAgo.toString()))
                .body("publishAt", nullValue());
        assertEquals(1, events.count("article.published", id));
    }

    @Test
    void shouldForbidPublishingAndSchedulingWhenCallerIsContributor() {
        String authorId = ContentFixtures.author(unique("contrib-author"));
        TestUser contributor = Fixtures.user("contributor", authorId);
        Map<String, Object> published = ContentFixtures.body(unique("Contributor story"), authorId);
        published.put("status", "published");
        contributor.request().body(published).post("/api/v1/articles").then().statusCode(403)
                .contentType("application/problem+json");
        Map<String, Object> scheduled = ContentFixtures.body(unique("Contributor plan"), authorId);
        scheduled.put("status", "scheduled");
        scheduled.put("publishAt", Instant.now().plusSeconds(3600).toString());
        contributor.request().body(scheduled).post("/api/v1/articles").then().statusCode(403);

        String draft = contributor.request().body(ContentFixtures.body(unique("Contributor draft"), authorId))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        contributor.request().body(Map.of("status", "published")).patch("/api/v1/articles/" + draft)
                .then().statusCode(403);
        contributor.request().body(Map.of("status", "scheduled",
                        "publishAt", Instant.now().plusSeconds(3600).toString()))
                .patch("/api/v1/articles/" + draft).then().statusCode(403);
        asAdmin().get("/api/v1/articles/" + draft).then().statusCode(200)
                .body("status", equalTo("draft")).body("version", equalTo(1));
    }

    @Test
    void shouldLetAuthorScheduleAndUnscheduleOwnItem() {
        String authorId = ContentFixtures.author(unique("own-author"));
        TestUser author = Fixtures.user("author", authorId);
        String id = author.request().body(ContentFixtures.body(unique("Author draft"), authorId))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
        String publishAt = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MILLIS).toString();
        author.request().body(Map.of("status", "scheduled", "publishAt", publishAt)).patch("/api/v1/posts/" + id)
                .then().statusCode(200).body("status", equalTo("scheduled")).body("publishAt", equalTo(publishAt));
        // Editing a scheduled item keeps its instant.
        author.request().body(Map.of("title", "Retitled while scheduled")).patch("/api/v1/posts/" + id)
                .then().statusCode(200).body("status", equalTo("scheduled")).body("publishAt", equalTo(publishAt));
        author.request().body(Map.of("status", "draft")).patch("/api/v1/posts/" + id)
                .then().statusCode(200).body("status", equalTo("draft")).body("publishAt", nullValue());
    }

    @Test
    void shouldRejectScheduleWhenInstantIsNotInFuture() {
        String author = unique("past-author");
        ContentFixtures.author(author);
        Map<String, Object> body = ContentFixtures.body(unique("Too late"), author);
        body.put("status", "scheduled");
        body.put("publishAt", Instant.now().minusSeconds(60).toString());
        asAdmin().body(body).post("/api/v1/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
        body.remove("publishAt");
        asAdmin().body(body).post("/api/v1/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
    }

    private String scheduled(String author, String collection) {
        Map<String, Object> body = ContentFixtures.body(unique("Due item"), author);
        body.put("status", "scheduled");
        body.put("publishAt", Instant.now().plusSeconds(3600).toString());
        return ContentFixtures.create(collection, body);
    }

    private void makeDue(String id, Instant instant) {
        database.update("update content_items set publish_at = ? where id = ?",
                instant.atOffset(ZoneOffset.UTC), UUID.fromString(id));
    }
}
