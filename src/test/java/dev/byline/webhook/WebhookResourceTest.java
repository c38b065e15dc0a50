package dev.byline.webhook;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.webhook.WebhookFixtures.SECRET;
import static dev.byline.webhook.WebhookFixtures.create;
import static dev.byline.webhook.WebhookFixtures.webhook;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.common.events.EventName;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registry. Targets are on loopback port 9 (discard), so even a delivery made by mistake
 * never leaves the machine; each test deletes what it registered.
 */
@QuarkusTest
class WebhookResourceTest {

    private final List<String> registered = new ArrayList<>();

    @AfterEach
    void deleteRegistered() {
        registered.forEach(id -> asAdmin().delete("/api/v1/webhooks/" + id));
    }

    private String register(Map<String, Object> body) {
        String id = create(body);
        registered.add(id);
        return id;
    }

    @Test
    void shouldNeverReturnSecretWhenWebhookIsCreatedReadListedOrPatched() {
        var created = asAdmin().body(webhook("http://127.0.0.1:9/hooks/a", "article.published", "comment.created"))
                .post("/api/v1/webhooks").then().statusCode(201)
                .body("id", notNullValue())
                .body("url", equalTo("http://127.0.0.1:9/hooks/a"))
                .body("events", contains("article.published", "comment.created"))
                .body("active", equalTo(true))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("$", not(hasKey("secret")))
                .extract();
        String id = created.path("id");
        registered.add(id);
        assertTrue(created.header("Location").endsWith("/api/v1/webhooks/" + id));
        String get = asAdmin().get("/api/v1/webhooks/" + id).then().statusCode(200).extract().asString();
        String list = asAdmin().get("/api/v1/webhooks?size=100").then().statusCode(200)
                .body("meta.total", notNullValue()).extract().asString();
        String patched = asAdmin().contentType("application/merge-patch+json")
                .body(Map.of("secret", "another-secret-0123456789")).patch("/api/v1/webhooks/" + id)
                .then().statusCode(200).extract().asString();
        for (String body : List.of(created.asString(), get, list, patched)) {
            assertTrue(!body.contains("secret") && !body.contains(SECRET), body);
        }
    }

    @Test
    void shouldChangeOnlyGivenFieldsWhenPatched() {
        String id = register(webhook("http://127.0.0.1:9/hooks/b", "article.published"));
        asAdmin().contentType("application/merge-patch+json")
                .body(Map.of("events", List.of("post.published", "post.deleted"), "active", false))
                .patch("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("url", equalTo("http://127.0.0.1:9/hooks/b"))
                .body("events", contains("post.published", "post.deleted"))
                .body("active", equalTo(false));
        asAdmin().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("events", contains("post.published", "post.deleted"))
                .body("active", equalTo(false));
    }

    @Test
    void shouldRejectWithFieldNameWhenEventIsUnknown() {
        asAdmin().body(webhook("http://127.0.0.1:9/hooks/c", "article.published", "article.exploded"))
                .post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://byline.dev/problems/validation"))
                .body("errors.field", contains("events[1]"))
                .body("errors[0].message", stringContainsInOrder(
                        Arrays.stream(EventName.values()).map(EventName::value).toList()));
    }

    @Test
    void shouldDocumentEveryEventThatCanBeFiredAsSubscribableAndDelivered() {
        List<String> names = Arrays.stream(EventName.values()).map(EventName::value).toList();
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(names, document.getList("components.schemas.WebhookEvent.enum"));
        assertEquals(Set.copyOf(names), document.getMap("webhooks").keySet());
        List<String> delivered = new ArrayList<>();
        for (String schema : List.of("ContentEvent", "CommentEvent", "MediaEvent")) {
            delivered.addAll(document.getList("components.schemas." + schema + ".properties.event.enum"));
        }
        assertEquals(names, delivered);
    }

    @Test
    void shouldRejectPatchAndKeepWebhookWhenPatchIsInvalid() {
        String id = register(webhook("http://127.0.0.1:9/hooks/d", "article.updated"));
        asAdmin().contentType("application/merge-patch+json")
                .body(Map.of("events", List.of("nope"), "url", "http://127.0.0.1:9/hooks/changed"))
                .patch("/api/v1/webhooks/" + id).then().statusCode(400)
                .body("errors.field", contains("events[0]"));
        asAdmin().contentType("application/merge-patch+json").body("{\"secret\": null}")
                .patch("/api/v1/webhooks/" + id).then().statusCode(400)
                .body("errors.field", hasItem("secret"));
        asAdmin().contentType("application/merge-patch+json").body("{\"colour\": \"red\"}")
                .patch("/api/v1/webhooks/" + id).then().statusCode(400)
                .body("errors.field", contains("colour"));
        asAdmin().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("url", equalTo("http://127.0.0.1:9/hooks/d"))
                .body("events", contains("article.updated"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://hooks.example.com/", "gopher://hooks.example.com/",
        "not a url", "https://"})
    void shouldRejectUrlWhenSchemeIsNotHttp(String url) {
        asAdmin().body(webhook(url, "article.published")).post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("url"));
    }

    @Test
    void shouldRejectEachInvalidFieldWhenBodyIsIncomplete() {
        asAdmin().body(Map.of("url", "", "events", List.of(), "secret", "short"))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors.field", contains("events", "secret", "url"));
    }

    @Test
    void shouldForgetWebhookWhenDeleted() {
        String id = register(webhook("http://127.0.0.1:9/hooks/e", "post.published"));
        asAdmin().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        asAdmin().get("/api/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        asAdmin().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
        asAdmin().delete("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void shouldListNoDeliveriesWhenNothingHappened() {
        String id = register(webhook("http://127.0.0.1:9/hooks/f", "comment.approved"));
        asAdmin().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("data.size()", equalTo(0))
                .body("meta.total", equalTo(0))
                .body("meta.page", equalTo(1));
        asAdmin().get("/api/v1/webhooks/" + id + "/deliveries?size=101").then().statusCode(400)
                .body("errors.field", contains("size"));
    }
}
