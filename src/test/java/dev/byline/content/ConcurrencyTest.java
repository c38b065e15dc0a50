package dev.byline.content;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.support.ContentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Versions, ETags and If-Match: no lost updates (API.md §3 concurrency). */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void shouldSendVersionedEtagWhenItemIsReadOrWritten() {
        String author = unique("etag-author");
        ContentFixtures.author(author);
        Response created = asAdmin().body(ContentFixtures.published(unique("Tagged"), author)).post("/api/v1/posts");
        String id = created.then().statusCode(201).extract().path("id");
        assertEquals("\"" + id + "-v1\"", created.header("ETag"));
        asAdmin().get("/api/v1/posts/" + id).then().header("ETag", "\"" + id + "-v1\"");
        String slug = created.path("slug");
        asAdmin().get("/api/v1/posts/slug/" + slug).then().header("ETag", "\"" + id + "-v1\"");
        asAdmin().body(Map.of("title", "Retagged")).patch("/api/v1/posts/" + id).then().statusCode(200)
                .header("ETag", "\"" + id + "-v2\"").body("version", equalTo(2));
    }

    @Test
    void shouldRefuseWithCurrentVersionWhenIfMatchIsStale() {
        String author = unique("stale-author");
        ContentFixtures.author(author);
        String id = ContentFixtures.create("articles", ContentFixtures.body("Before", author));
        String path = "/api/v1/articles/" + id;
        String v1 = "\"" + id + "-v1\"";
        asAdmin().header("If-Match", v1).body(Map.of("title", "After")).patch(path).then().statusCode(200)
                .body("version", equalTo(2));

        asAdmin().header("If-Match", v1).body(Map.of("title", "Lost update")).patch(path).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://byline.dev/problems/precondition-failed"))
                .body("currentVersion", equalTo(2))
                .header("ETag", "\"" + id + "-v2\"");
        asAdmin().header("If-Match", v1).delete(path).then().statusCode(412).body("currentVersion", equalTo(2));
        // A weak tag never matches If-Match (strong comparison), nor does another item's tag.
        asAdmin().header("If-Match", "W/\"" + id + "-v2\"").body(Map.of("title", "Weak")).patch(path)
                .then().statusCode(412);
        asAdmin().header("If-Match", "\"" + java.util.UUID.randomUUID() + "-v2\"").body(Map.of("title", "Other"))
                .patch(path).then().statusCode(412);
        asAdmin().get(path).then().statusCode(200).body("title", equalTo("After")).body("version", equalTo(2));
        asAdmin().get(path + "/revisions").then().header("X-Total-Count", "2");

        // One of several tags, or *, matches.
        asAdmin().header("If-Match", v1 + ", \"" + id + "-v2\"").body(Map.of("title", "Listed")).patch(path)
                .then().statusCode(200).body("version", equalTo(3));
        asAdmin().header("If-Match", "*").body(Map.of("title", "Any")).patch(path).then().statusCode(200)
                .body("version", equalTo(4));
        asAdmin().header("If-Match", "\"" + id + "-v4\"").delete(path).then().statusCode(204);
        asAdmin().get(path).then().statusCode(404);
    }

    @Test
    void shouldLetExactlyOneOfEightConcurrentPatchesWinWhenTheyShareIfMatch() throws Exception {
        String author = unique("race-author");
        ContentFixtures.author(author);
        String id = ContentFixtures.create("articles", ContentFixtures.body("Race start", author));
        String path = "/api/v1/articles/" + id;
        String etag = asAdmin().get(path).then().statusCode(200).extract().header("ETag");

        int racers = 8;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Response>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                String title = "Racer " + i;
                String body = "Body written by racer " + i + ".";
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return asAdmin().header("If-Match", etag)
                            .body(Map.of("title", title, "bodyMarkdown", body)).patch(path);
                }));
            }
            List<Response> winners = new ArrayList<>();
            int refused = 0;
            for (Future<Response> result : results) {
                Response response = result.get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    winners.add(response);
                } else {
                    assertEquals(412, response.statusCode(), response.asString());
                    assertEquals(2, (int) response.path("currentVersion"));
                    refused++;
                }
            }
            assertEquals(1, winners.size(), "exactly one PATCH wins");
            assertEquals(racers - 1, refused, "the others get 412");
            Response winner = winners.get(0);
            asAdmin().get(path).then().statusCode(200)
                    .body("version", equalTo(2))
                    .body("title", equalTo(winner.path("title")))
                    .body("bodyMarkdown", equalTo(winner.path("bodyMarkdown")))
                    .body("bodyHtml", equalTo(winner.path("bodyHtml")));
            asAdmin().get(path + "/revisions").then().header("X-Total-Count", "2")
                    .body("data[0].title", equalTo(winner.path("title")));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNotFailWhenConcurrentPatchesCarryNoIfMatch() throws Exception {
        String author = unique("nomatch-author");
        ContentFixtures.author(author);
        String id = ContentFixtures.create("posts", ContentFixtures.body("Unguarded", author));
        int writers = 6;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String title = "Writer " + i;
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return asAdmin().body(Map.of("title", title)).patch("/api/v1/posts/" + id).statusCode();
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(200, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // They took turns: every write is a version and a revision.
        asAdmin().get("/api/v1/posts/" + id).then().body("version", equalTo(1 + writers));
        asAdmin().get("/api/v1/posts/" + id + "/revisions").then().header("X-Total-Count", String.valueOf(1 + writers));
    }
}
