package dev.byline.common;

import static dev.byline.support.Fixtures.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.ContentFixtures;
import dev.byline.support.DatabaseProxy;
import dev.byline.support.DatabaseProxyResource;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * API.md §10: while the database is unreachable in any way — refused, silent, cut at commit —
 * every request answers 503 problem+json within the configured bound, readiness is DOWN, and
 * the service recovers by itself. Times are asserted only as "within the bound plus a
 * generous margin", never as tight figures, so a loaded machine cannot break the test.
 */
@QuarkusTest
class DatabaseFaultTest {

    /** Added to the bound for a loaded CI machine: the point is "answers", not "answers fast". */
    private static final Duration MARGIN = Duration.ofSeconds(15);
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Duration bound() {
        return ConfigProvider.getConfig().getOptionalValue("byline.database.timeout", Duration.class)
                .orElse(Duration.ofSeconds(10));
    }

    private static DatabaseProxy proxy() {
        return DatabaseProxyResource.proxy();
    }

    @AfterEach
    void restore() {
        proxy().restore();
    }

    private record Answer(int status, String contentType, String body) {
    }

    private CompletableFuture<Answer> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path))
                .timeout(bound().plus(MARGIN))
                .header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body()))
                .exceptionally(failure -> {
                    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                    if (cause instanceof HttpTimeoutException) {
                        return new Answer(-1, "", "no answer within " + bound().plus(MARGIN));
                    }
                    return new Answer(-2, "", cause.toString());
                });
    }

    private static void assertUnavailable(Answer answer, String what) {
        assertEquals(503, answer.status(), what + ": " + answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), what + ": " + answer.contentType());
        assertTrue(answer.body().contains("https://byline.dev/problems/service-unavailable"), answer.body());
    }

    /** Reads, a write and readiness, all at once, each answered 503 within the bound. */
    private void assertEveryRequestAnswers503(String articleId) {
        List<CompletableFuture<Answer>> reads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reads.add(send("GET", "/api/v1/articles/" + articleId, null));
        }
        CompletableFuture<Answer> list = send("GET", "/api/v1/sections", null);
        CompletableFuture<Answer> write = send("POST", "/api/v1/tags", "{\"name\":\"" + Fixtures.unique("outage") + "\"}");
        CompletableFuture<Answer> ready = send("GET", "/q/health/ready", null);
        for (CompletableFuture<Answer> read : reads) {
            assertUnavailable(read.join(), "item read");
        }
        assertUnavailable(list.join(), "list");
        assertUnavailable(write.join(), "write");
        assertEquals(503, ready.join().status(), "readiness: " + ready.join().body());
        assertTrue(ready.join().body().contains("DOWN"), ready.join().body());
    }

    private void assertRecovers(String articleId) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = send("GET", "/api/v1/articles/" + articleId, null).join();
            if (last.status() == 200 && send("GET", "/q/health/ready", null).join().status() == 200) {
                // and writes work again
                Answer write = send("POST", "/api/v1/tags", "{\"name\":\"" + Fixtures.unique("after") + "\"}").join();
                assertEquals(201, write.status(), write.body());
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no recovery within " + RECOVERY + "; last answer " + last);
    }

    private String article() {
        String author = Fixtures.unique("fault");
        ContentFixtures.author(author);
        return ContentFixtures.create("articles", ContentFixtures.published(Fixtures.unique("Outage"), author));
    }

    @Test
    void shouldAnswer503WithinBoundAndRecoverWhenDatabaseRefuses() throws Exception {
        String id = article();
        proxy().takeDown();
        assertEveryRequestAnswers503(id);
        proxy().restore();
        assertRecovers(id);
    }

    @Test
    void shouldAnswer503WithinBoundAndRecoverWhenDatabaseGoesSilent() throws Exception {
        String id = article();
        proxy().blackhole();
        assertEveryRequestAnswers503(id);
        // Still silent: later requests are bounded too (no pool of hung connections).
        assertUnavailable(send("GET", "/api/v1/articles/" + id, null).join(), "later read");
        proxy().restore();
        assertRecovers(id);
    }

    @Test
    void shouldAnswer503AndWriteNothingWhenConnectionIsCutAtCommit() throws Exception {
        String id = article();
        String slug = Fixtures.unique("cut-at-commit");
        proxy().cutAtCommit();
        Answer answer = send("POST", "/api/v1/sections", "{\"name\":\"Cut\",\"slug\":\"" + slug + "\"}").join();
        assertUnavailable(answer, "write cut at commit");
        Answer patch = send("PATCH", "/api/v1/articles/" + id, "{\"title\":\"Cut title\"}").join();
        assertUnavailable(patch, "patch cut at commit");
        proxy().restore();
        assertRecovers(id);
        asAdmin().get("/api/v1/sections/slug/" + slug).then().statusCode(404);
        asAdmin().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.startsWith("Outage"));
        asAdmin().body(Map.of("name", "Cut", "slug", slug)).post("/api/v1/sections").then().statusCode(201);
    }
}
