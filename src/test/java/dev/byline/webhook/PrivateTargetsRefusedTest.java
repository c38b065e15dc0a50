package dev.byline.webhook;

import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.webhook.WebhookFixtures.author;
import static dev.byline.webhook.WebhookFixtures.awaitDeliveries;
import static dev.byline.webhook.WebhookFixtures.create;
import static dev.byline.webhook.WebhookFixtures.publishArticle;
import static dev.byline.webhook.WebhookFixtures.webhook;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The app as deployed by default: byline.webhooks.allow-private-targets off. */
@QuarkusTest
@TestProfile(PrivateTargetsRefusedTest.Strict.class)
class PrivateTargetsRefusedTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("byline.webhooks.allow-private-targets", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * A registered name may resolve elsewhere later (DNS rebinding). The registration check
     * cannot see that; the check before each send must. The stored URL is changed in the
     * database to stand for "the same name now resolves to 127.0.0.1".
     */
    @Test
    void shouldRecordRefusedAttemptAndSendNothingWhenTargetTurnsPrivateBeforeSending() throws Exception {
        try (Receiver receiver = Receiver.answering(204)) {
            Map<String, Object> body = webhook("https://93.184.215.14/hook", "article.published");
            body.put("active", false);
            String id = create(body);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement rebind = connection.prepareStatement(
                            "UPDATE webhooks SET url = ?, active = true WHERE id = ?")) {
                rebind.setString(1, receiver.url());
                rebind.setObject(2, UUID.fromString(id));
                assertEquals(1, rebind.executeUpdate());
            }
            String articleId = publishArticle(Fixtures.unique("Rebound"), author());

            JsonPath page = awaitDeliveries(id,
                    p -> p.getList("data").size() == 1 && p.getInt("data[0].attemptCount") >= 2, Duration.ofSeconds(20));
            assertEquals(articleId, page.getString("data[0].subjectId"));
            assertNull(page.get("data[0].attempts[0].statusCode"));
            String error = page.getString("data[0].attempts[0].error");
            assertTrue(error.startsWith("refused: host 127.0.0.1 resolves to 127.0.0.1, a loopback address"), error);
            assertEquals(List.of(), receiver.received());
            asAdmin().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook", "http://localhost/hook", "http://10.0.0.7/hook", "http://192.168.0.10/",
        "http://100.64.1.1/", "http://[fd00::1]/"})
    void shouldRefuseRegistrationWhenTargetIsNotPublic(String url) {
        asAdmin().body(webhook(url, "article.published")).post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://byline.dev/problems/validation"))
                .body("errors.field", contains("url"))
                .body("errors[0].message", containsString("allow-private-targets"));
    }

    @Test
    void shouldRefusePatchAndKeepUrlWhenNewTargetIsPrivate() {
        // Inactive, so that nothing is ever sent to this public address from the test machine.
        Map<String, Object> inactive = webhook("https://93.184.215.14/hook", "article.published");
        inactive.put("active", false);
        String id = create(inactive);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("url", "http://127.0.0.1:9/hook"))
                .patch("/api/v1/webhooks/" + id).then().statusCode(400)
                .body("errors.field", contains("url"))
                .body("errors[0].message", containsString("a loopback address"));
        asAdmin().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("url", equalTo("https://93.184.215.14/hook"));
        asAdmin().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }
}
