package dev.byline.webhook;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.webhook.WebhookFixtures.SECRET;
import static dev.byline.webhook.WebhookFixtures.allIn;
import static dev.byline.webhook.WebhookFixtures.author;
import static dev.byline.webhook.WebhookFixtures.awaitDeliveries;
import static dev.byline.webhook.WebhookFixtures.deliveries;
import static dev.byline.webhook.WebhookFixtures.expectedSignature;
import static dev.byline.webhook.WebhookFixtures.patchArticle;
import static dev.byline.webhook.WebhookFixtures.publishArticle;
import static dev.byline.webhook.WebhookFixtures.webhook;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.common.config.BylineConfig;
import dev.byline.support.CommentFixtures;
import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.webhook.Receiver.Received;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries end to end: content changes made through the API, real HTTP receivers on
 * loopback, and what the deliveries endpoint then reports. Test settings: 1 s timeout,
 * backoff from 50 ms up to 400 ms, 8 attempts.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryTest.class);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    ObjectMapper mapper;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BylineConfig config;

    private final List<String> registered = new ArrayList<>();

    @AfterEach
    void deleteRegistered() {
        registered.forEach(id -> asAdmin().delete("/api/v1/webhooks/" + id));
    }

    private String subscribe(Map<String, Object> body) {
        String id = WebhookFixtures.create(body);
        registered.add(id);
        return id;
    }

    private String subscribe(Receiver receiver, String... events) {
        return subscribe(webhook(receiver.url(), events));
    }

    @Test
    void shouldDeliverSignedApiJsonWhenArticleIsPublished() throws Exception {
        try (Receiver receiver = Receiver.answering(200)) {
            String hook = subscribe(receiver, "article.published");
            String author = author();

            long before = System.nanoTime();
            String articleId = publishArticle(Fixtures.unique("Signed and sealed"), author);
            long created = System.nanoTime();
            List<Received> got = receiver.await(1, PATIENCE);
            long arrived = System.nanoTime();
            LOG.infof("[webhook-timing] first delivery %d ms after the POST was sent, %d ms after its 201",
                    (arrived - before) / 1_000_000, (arrived - created) / 1_000_000);

            assertEquals(1, got.size());
            Received delivery = got.get(0);
            assertEquals("POST", delivery.method());
            assertEquals("application/json", delivery.header("Content-Type"));
            assertEquals("article.published", delivery.header("X-Byline-Event"));
            UUID deliveryId = UUID.fromString(delivery.header("X-Byline-Delivery"));
            assertEquals(expectedSignature(delivery.body()), delivery.header("X-Byline-Signature"));

            JsonNode body = mapper.readTree(delivery.body());
            List<String> fields = new ArrayList<>();
            body.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("event", "occurredAt", "data"), fields);
            assertEquals("article.published", body.get("event").asText());
            assertTrue(body.get("occurredAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"),
                    body.get("occurredAt").asText());
            JsonNode api = mapper.readTree(asAdmin().get("/api/v1/articles/" + articleId).then().statusCode(200)
                    .extract().asString());
            assertEquals(api, body.get("data"), "the payload's data is the API's own full view");

            JsonPath page = awaitDeliveries(hook, allIn("delivered", 1), PATIENCE);
            assertEquals(deliveryId.toString(), page.getString("data[0].id"));
            assertEquals("article.published", page.getString("data[0].event"));
            assertEquals("article", page.getString("data[0].subjectType"));
            assertEquals(articleId, page.getString("data[0].subjectId"));
            assertEquals(1, page.getInt("data[0].attemptCount"));
            assertNull(page.get("data[0].nextAttemptAt"));
            assertNotNull(page.get("data[0].completedAt"));
            assertEquals(List.of(200), page.getList("data[0].attempts.statusCode"));
            assertNull(page.get("data[0].attempts[0].error"));
            assertTrue(page.getInt("data[0].attempts[0].durationMs") >= 0);
            assertNotNull(page.get("data[0].attempts[0].attemptedAt"));
            assertFalse(page.prettify().contains(SECRET));
        }
    }

    @Test
    void shouldRecordThreeAttemptsWhenReceiverFailsTwiceThenSucceeds() throws Exception {
        try (Receiver receiver = Receiver.failingTimes(2, 503)) {
            String hook = subscribe(receiver, "article.published");
            publishArticle(Fixtures.unique("Third time lucky"), author());

            JsonPath page = awaitDeliveries(hook, allIn("delivered", 1), PATIENCE);
            assertEquals(3, page.getInt("data[0].attemptCount"));
            assertEquals(List.of(1, 2, 3), page.getList("data[0].attempts.number"));
            assertEquals(List.of(503, 503, 204), page.getList("data[0].attempts.statusCode"));
            List<String> times = page.getList("data[0].attempts.attemptedAt");
            for (int i = 1; i < times.size(); i++) {
                assertTrue(Instant.parse(times.get(i)).isAfter(Instant.parse(times.get(i - 1))), times.toString());
            }

            List<Received> got = receiver.received();
            assertEquals(3, got.size());
            for (Received attempt : got) {
                assertEquals(page.getString("data[0].id"), attempt.header("X-Byline-Delivery"));
                assertArrayEquals(got.get(0).body(), attempt.body(), "every attempt sends the same bytes");
                assertEquals(expectedSignature(attempt.body()), attempt.header("X-Byline-Signature"));
            }
            // Backoff: at least half of 50 ms, then of 100 ms, between the attempts.
            assertTrue(Duration.between(got.get(0).at(), got.get(1).at()).toMillis() >= 25);
            assertTrue(Duration.between(got.get(1).at(), got.get(2).at()).toMillis() >= 50);
        }
    }

    @Test
    void shouldFailAfterEightAttemptsWhenReceiverNeverAnswers() throws Exception {
        try (Receiver receiver = Receiver.hanging()) {
            String hook = subscribe(receiver, "article.published");
            long start = System.nanoTime();
            publishArticle(Fixtures.unique("Into the void"), author());

            JsonPath page = awaitDeliveries(hook, allIn("failed", 1), Duration.ofSeconds(40));
            LOG.infof("[webhook-timing] 8 timed-out attempts and failed after %d ms",
                    (System.nanoTime() - start) / 1_000_000);
            assertEquals(8, page.getInt("data[0].attemptCount"));
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), page.getList("data[0].attempts.number"));
            assertTrue(page.getList("data[0].attempts.statusCode").stream().allMatch(code -> code == null));
            List<String> errors = page.getList("data[0].attempts.error");
            assertTrue(errors.stream().allMatch(e -> e.startsWith("timed out after")), errors.toString());
            long timeout = config.webhooks().timeout().toMillis();
            List<Integer> durations = page.getList("data[0].attempts.durationMs");
            assertTrue(durations.stream().allMatch(d -> d >= timeout - 50), durations.toString());
            assertNull(page.get("data[0].nextAttemptAt"));
            assertNotNull(page.get("data[0].completedAt"));

            Thread.sleep(1000);
            List<Received> got = receiver.received();
            assertEquals(8, got.size(), "no ninth attempt");
            // Attempts never overlap: each starts after the previous one gave up. Judged on the
            // sender's own record (start and duration, one clock), not on when the receiver saw
            // the requests arrive, which a loaded machine delays by any amount (an earlier
            // version of this check failed once with "998 ms" for a 1000 ms timeout).
            List<String> starts = page.getList("data[0].attempts.attemptedAt");
            for (int i = 1; i < starts.size(); i++) {
                Instant previousEnd = Instant.parse(starts.get(i - 1)).plusMillis(durations.get(i - 1));
                long gap = Duration.between(previousEnd, Instant.parse(starts.get(i))).toMillis();
                // a few ms of slack: attemptedAt is cut to milliseconds, durationMs is rounded down
                assertTrue(gap >= -5, "attempt " + (i + 1) + " began " + (-gap) + " ms before the previous one ended");
            }
        }
    }

    @Test
    void shouldSendEventsOfOneSubjectInOrderWhenEarlierOneIsRetried() throws Exception {
        AtomicBoolean up = new AtomicBoolean(false);
        try (Receiver receiver = Receiver.of(n -> up.get() ? 204 : Receiver.HANG)) {
            String hook = subscribe(receiver, "article.published", "article.updated");
            String articleId = publishArticle(Fixtures.unique("In order"), author());
            receiver.await(1, PATIENCE);
            patchArticle(articleId, Map.of("title", "In order, second"), 200);
            patchArticle(articleId, Map.of("title", "In order, third"), 200);
            // The updates are written and due, but wait behind the retried publication.
            assertEquals(3, deliveries(hook).getList("data").size());
            receiver.await(2, PATIENCE);
            assertTrue(receiver.received().stream().allMatch(r -> r.header("X-Byline-Event").equals("article.published")));
            assertEquals(List.of(0, 0), deliveries(hook).getList("data.findAll { it.event == 'article.updated' }.attemptCount"));

            up.set(true);
            awaitDeliveries(hook, allIn("delivered", 3), PATIENCE);
            List<Received> answered = receiver.received().stream()
                    .filter(r -> !r.header("X-Byline-Event").equals("article.published")
                            || r == lastPublication(receiver.received()))
                    .toList();
            assertEquals(List.of("article.published", "article.updated", "article.updated"),
                    answered.stream().map(r -> r.header("X-Byline-Event")).toList());
            assertEquals("In order, second", mapper.readTree(answered.get(1).body()).at("/data/title").asText());
            assertEquals("In order, third", mapper.readTree(answered.get(2).body()).at("/data/title").asText());
        }
    }

    private static Received lastPublication(List<Received> received) {
        Received last = null;
        for (Received r : received) {
            if (r.header("X-Byline-Event").equals("article.published")) {
                last = r;
            }
        }
        return last;
    }

    @Test
    void shouldLeaveNoDeliveryWhenPatchIsRejected() throws Exception {
        try (Receiver receiver = Receiver.answering(204)) {
            String hook = subscribe(receiver, "article.published", "article.updated");
            String author = author();
            String first = publishArticle(Fixtures.unique("Rejected patch"), author);
            String second = publishArticle(Fixtures.unique("Slug owner"), author);
            String takenSlug = asAdmin().get("/api/v1/articles/" + second).then().extract().path("slug");

            patchArticle(first, Map.of("title", "Never written", "slug", takenSlug), 409);
            patchArticle(first, Map.of("title", ""), 400);
            patchArticle(first, Map.of("title", "Written"), 200);

            JsonPath page = awaitDeliveries(hook, allIn("delivered", 3), PATIENCE);
            assertEquals(List.of("article.updated", "article.published", "article.published"),
                    page.getList("data.event"));
            assertEquals(3, receiver.received().size());
            JsonNode update = mapper.readTree(receiver.received().stream()
                    .filter(r -> r.header("X-Byline-Event").equals("article.updated")).findFirst().orElseThrow().body());
            assertEquals("Written", update.at("/data/title").asText());
        }
    }

    /**
     * A real rollback after the event was observed: another writer (as another app instance
     * would) holds the same slug in an open transaction, so the create passes its checks,
     * fires article.published and fails only at commit, on the unique index.
     */
    @Test
    void shouldLeaveNoDeliveryWhenChangeRollsBackAtCommit() throws Exception {
        try (Receiver receiver = Receiver.answering(204); Connection otherWriter = dataSource.getConnection();
                Connection observer = dataSource.getConnection()) {
            String hook = subscribe(receiver, "article.published");
            String author = author();
            String slug = Fixtures.unique("contested");
            UUID otherId = UUID.randomUUID();
            otherWriter.setAutoCommit(false);
            try (PreparedStatement insert = otherWriter.prepareStatement("""
                    INSERT INTO content_items (id, type, slug, title, body_html, body_text, excerpt, status,
                        word_count, reading_time_minutes, created_at, updated_at)
                    VALUES (?, 'article', ?, 'Other writer', '<p>x</p>', 'x', 'x', 'draft', 1, 1, now(), now())
                    """)) {
                insert.setObject(1, otherId);
                insert.setString(2, slug);
                insert.executeUpdate();
            }
            Map<String, Object> body = ContentFixtures.published("Loses the race", author);
            body.put("slug", slug);
            CompletableFuture<Integer> create = CompletableFuture.supplyAsync(
                    () -> asAdmin().body(body).post("/api/v1/articles").then().extract().statusCode());
            awaitBlockedOnLock(observer);
            otherWriter.commit();

            assertEquals(409, create.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            // A later change of the same kind is delivered: the dispatcher is alive and caught up.
            publishArticle(Fixtures.unique("After the race"), author);
            JsonPath page = awaitDeliveries(hook, allIn("delivered", 1), PATIENCE);
            assertEquals(1, page.getInt("meta.total"));
            assertEquals(1, receiver.received().size());
            assertFalse(new String(receiver.received().get(0).body()).contains("Loses the race"));
            try (Statement cleanup = observer.createStatement()) {
                cleanup.executeUpdate("DELETE FROM content_items WHERE id = '" + otherId + "'");
            }
        }
    }

    private static void awaitBlockedOnLock(Connection observer) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try (Statement query = observer.createStatement();
                    ResultSet rows = query.executeQuery("SELECT count(*) FROM pg_stat_activity "
                            + "WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The create never waited for the other writer's lock");
    }

    /** Two senders (the app's own and this test's threads, as a second instance) on one database. */
    @Test
    void shouldDeliverEachOnceWhenTwoSendersClaimConcurrently() throws Exception {
        int webhooks = 20;
        try (Receiver receiver = Receiver.of(n -> {
            pause(20);
            return 204;
        })) {
            List<String> hooks = new ArrayList<>();
            for (int i = 0; i < webhooks; i++) {
                hooks.add(subscribe(receiver, "article.published"));
            }
            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<UUID> sentHere = new ConcurrentLinkedQueue<>();
            ExecutorService secondInstance = Executors.newFixedThreadPool(3);
            for (int t = 0; t < 3; t++) {
                secondInstance.execute(() -> {
                    while (!stop.get()) {
                        List<UUID> sent = dispatcher.dispatchNow(2);
                        sentHere.addAll(sent);
                        if (sent.isEmpty()) {
                            pause(5);
                        }
                    }
                });
            }
            try {
                publishArticle(Fixtures.unique("Twenty at once"), author());
                receiver.await(webhooks, PATIENCE);
                Thread.sleep(500);
            } finally {
                stop.set(true);
                secondInstance.shutdown();
                assertTrue(secondInstance.awaitTermination(10, TimeUnit.SECONDS));
            }

            List<String> ids = Receiver.deliveryIds(receiver.received());
            assertEquals(webhooks, ids.size(), "each delivery arrives once");
            assertEquals(webhooks, new HashSet<>(ids).size());
            Set<String> byTest = new HashSet<>();
            sentHere.forEach(id -> byTest.add(id.toString()));
            LOG.infof("[webhook-concurrency] %d of %d deliveries sent by the second sender", byTest.size(), webhooks);
            assertTrue(ids.containsAll(byTest));
            assertTrue(!byTest.isEmpty() && byTest.size() < webhooks,
                    "both senders took part: " + byTest.size() + " of " + webhooks);
            for (String hook : hooks) {
                JsonPath page = awaitDeliveries(hook, allIn("delivered", 1), PATIENCE);
                assertEquals(1, page.getInt("data[0].attemptCount"));
            }
        }
    }

    @Test
    void shouldDeliverOnlySubscribedEventsWhenWebhookIsActive() throws Exception {
        try (Receiver receiver = Receiver.answering(204)) {
            Map<String, Object> off = webhook(receiver.url(), "article.published");
            off.put("active", false);
            String inactive = subscribe(off);
            String posts = subscribe(receiver, "post.published");
            String articles = subscribe(receiver, "article.published");
            String author = author();

            String articleId = publishArticle(Fixtures.unique("Only some"), author);
            awaitDeliveries(articles, allIn("delivered", 1), PATIENCE);
            String postId = ContentFixtures.create("posts", ContentFixtures.published(Fixtures.unique("A post"), author));
            JsonPath postPage = awaitDeliveries(posts, allIn("delivered", 1), PATIENCE);

            assertEquals("post.published", postPage.getString("data[0].event"));
            assertEquals("post", postPage.getString("data[0].subjectType"));
            assertEquals(postId, postPage.getString("data[0].subjectId"));
            assertEquals(articleId, deliveries(articles).getString("data[0].subjectId"));
            assertEquals(0, deliveries(inactive).getInt("meta.total"));
            assertEquals(List.of("article.published", "post.published"),
                    receiver.received().stream().map(r -> r.header("X-Byline-Event")).toList());
        }
    }

    @Test
    void shouldDeliverLifecycleEventsInOrderWhenArticleIsUnpublishedAndDeleted() throws Exception {
        try (Receiver receiver = Receiver.answering(202)) {
            String hook = subscribe(receiver, "article.published", "article.unpublished", "article.deleted");
            String articleId = publishArticle(Fixtures.unique("Short-lived"), author());
            patchArticle(articleId, Map.of("status", "draft"), 200);
            asAdmin().delete("/api/v1/articles/" + articleId).then().statusCode(204);

            awaitDeliveries(hook, allIn("delivered", 3), PATIENCE);
            List<Received> got = receiver.received();
            assertEquals(List.of("article.published", "article.unpublished", "article.deleted"),
                    got.stream().map(r -> r.header("X-Byline-Event")).toList());
            JsonNode deleted = mapper.readTree(got.get(2).body());
            assertEquals(articleId, deleted.at("/data/id").asText());
            assertEquals("draft", deleted.at("/data/status").asText());
            assertEquals("draft", mapper.readTree(got.get(1).body()).at("/data/status").asText());
        }
    }

    /** Publishing by the scheduler (no HTTP request, its own transaction) goes through the outbox too. */
    @Test
    void shouldDeliverPublicationWhenScheduledArticleFallsDue() throws Exception {
        try (Receiver receiver = Receiver.answering(204)) {
            String hook = subscribe(receiver, "article.published");
            Map<String, Object> body = ContentFixtures.body(Fixtures.unique("Embargoed"), author());
            body.put("status", "scheduled");
            body.put("publishAt", Instant.now().plusSeconds(2).toString());
            String articleId = ContentFixtures.create("articles", body);
            assertEquals(0, deliveries(hook).getInt("meta.total"), "nothing is published yet");

            JsonPath page = awaitDeliveries(hook, allIn("delivered", 1), PATIENCE);
            assertEquals(articleId, page.getString("data[0].subjectId"));
            JsonNode payload = mapper.readTree(receiver.received().get(0).body());
            assertEquals("published", payload.at("/data/status").asText());
            assertEquals(payload.at("/data/publishedAt").asText(), asAdmin().get("/api/v1/articles/" + articleId)
                    .then().statusCode(200).extract().path("publishedAt"));
        }
    }

    @Test
    void shouldDeliverCommentEventsInOrderWhenCommentIsPostedThenApproved() throws Exception {
        try (Receiver receiver = Receiver.answering(204)) {
            String hook = subscribe(receiver, "comment.created", "comment.approved");
            String articleId = CommentFixtures.publishedItem("articles");
            String commentId = CommentFixtures.pending("articles", articleId, CommentFixtures.comment("First!"));
            CommentFixtures.setStatus(commentId, "approved");
            String approvedAtOnce = CommentFixtures.approved("articles", articleId, CommentFixtures.comment("Editor here"));

            JsonPath page = awaitDeliveries(hook, allIn("delivered", 4), PATIENCE);
            assertEquals(List.of(approvedAtOnce, approvedAtOnce, commentId, commentId), page.getList("data.subjectId"));
            assertEquals(List.of("comment.approved", "comment.created", "comment.approved", "comment.created"),
                    page.getList("data.event"));
            List<String> moderated = new ArrayList<>();
            List<String> atOnce = new ArrayList<>();
            for (Received r : receiver.received()) {
                JsonNode data = mapper.readTree(r.body()).get("data");
                String seen = r.header("X-Byline-Event") + ":" + data.get("status").asText();
                (data.get("id").asText().equals(commentId) ? moderated : atOnce).add(seen);
                assertEquals(articleId, data.at("/item/id").asText());
            }
            assertEquals(List.of("comment.created:pending", "comment.approved:approved"), moderated);
            assertEquals(List.of("comment.created:approved", "comment.approved:approved"), atOnce);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
