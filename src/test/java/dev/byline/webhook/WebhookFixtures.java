package dev.byline.webhook;

import static dev.byline.support.Fixtures.asAdmin;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhooks, content that fires events, and waiting for deliveries, all through the API. */
final class WebhookFixtures {

    static final String SECRET = "whsec-0123456789abcdef";

    private WebhookFixtures() {
    }

    static Map<String, Object> webhook(String url, String... events) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("events", List.of(events));
        body.put("secret", SECRET);
        return body;
    }

    static String create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    /** A new author; its slug. */
    static String author() {
        String slug = Fixtures.unique("writer");
        ContentFixtures.author(slug);
        return slug;
    }

    /** Creates a published article (fires article.published); its id. */
    static String publishArticle(String title, String authorSlug) {
        return ContentFixtures.create("articles", ContentFixtures.published(title, authorSlug));
    }

    static void patchArticle(String id, Map<String, Object> patch, int expectedStatus) {
        asAdmin().contentType("application/merge-patch+json").body(patch).patch("/api/v1/articles/" + id)
                .then().statusCode(expectedStatus);
    }

    static JsonPath deliveries(String webhookId) {
        return asAdmin().get("/api/v1/webhooks/" + webhookId + "/deliveries?size=100").then().statusCode(200)
                .extract().jsonPath();
    }

    /** Polls the webhook's deliveries until {@code done} holds; fails after {@code timeout}. */
    static JsonPath awaitDeliveries(String webhookId, Predicate<JsonPath> done, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonPath page = deliveries(webhookId);
        while (!done.test(page)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Deliveries did not reach the expected state within " + timeout + ": "
                        + page.prettify());
            }
            Thread.sleep(50);
            page = deliveries(webhookId);
        }
        return page;
    }

    static Predicate<JsonPath> allIn(String status, int count) {
        return page -> page.getList("data").size() == count
                && page.getList("data.status").stream().allMatch(status::equals);
    }

    /** The HMAC a receiver computes to check X-Byline-Signature, written independently of the app's. */
    static String expectedSignature(byte[] rawBody) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(rawBody));
    }
}
