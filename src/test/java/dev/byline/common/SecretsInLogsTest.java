package dev.byline.common;

import static dev.byline.support.Fixtures.as;
import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.CommentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.support.LogCapture;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * No log line holds a secret, a token, a token's hash or an email, whatever a client sends:
 * the log is captured while bad input that the database itself refuses goes in.
 */
@QuarkusTest
class SecretsInLogsTest {

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldKeepSecretsTokensAndEmailsOutOfTheLogWhenInputIsRefused() throws Exception {
        String secret = "whsec-" + Fixtures.unique("marker-secret") + "-0123456789";
        String email = Fixtures.unique("marker-mail") + "@example.com";
        String token = "byl_" + Fixtures.unique("markertoken").replace("-", "") + "0123456789abcdefghijklmnopqrstuv";
        List<String> secrets = new ArrayList<>(List.of(secret, email, token, sha256(token), sha256(secret)));
        String item = CommentFixtures.publishedItem("articles");

        try (LogCapture log = LogCapture.start()) {
            // The database refuses a NUL in text: the statement and its values must not be logged.
            asAdmin().body(Map.of("url", "https://hooks.example.com/in", "events", List.of("article.published"),
                    "secret", secret + "\u0000")).post("/api/v1/webhooks").then().statusCode(400);
            asAdmin().body(Map.of("url", "https://hooks.example.com/in\u0000", "events", List.of("article.published"),
                    "secret", secret)).post("/api/v1/webhooks").then().statusCode(400);
            // An email taken twice (the database's unique index says which value).
            asAdmin().body(Map.of("name", "First", "email", email, "role", "author")).post("/api/v1/users")
                    .then().statusCode(201);
            asAdmin().body(Map.of("name", "Second", "email", email, "role", "author")).post("/api/v1/users")
                    .then().statusCode(409);
            asAdmin().body(Map.of("name", "Nul\u0000", "email", "x" + email, "role", "author")).post("/api/v1/users")
                    .then().statusCode(400);
            CommentFixtures.postAnonymously("articles", item, Map.of("authorName", "Reader",
                    "authorEmail", email, "body", "Hello\u0000")).then().statusCode(400);
            // Tokens that do not exist, malformed or not.
            as(token).get("/api/v1/me").then().statusCode(401);
            as(token).get("/api/v1/sections").then().statusCode(401);
            given().header("Authorization", "Bearer " + token + "\u00e9").get("/api/v1/me").then().statusCode(401);
            as(token).body(Map.of("name", "x")).post("/api/v1/tokens").then().statusCode(401);
            // A token as a webhook secret, and an email as a slug.
            asAdmin().body(Map.of("url", "ftp://hooks.example.com/", "events", List.of("article.published"),
                    "secret", token)).post("/api/v1/webhooks").then().statusCode(400);
            asAdmin().body(Map.of("name", "x", "slug", email)).post("/api/v1/tags").then().statusCode(400);

            for (String value : secrets) {
                List<String> leaks = log.linesContaining(value);
                assertEquals(List.of(), leaks, "a log line holds " + value);
            }
            // The refusals themselves are still there for an operator, without the values.
            assertTrue(log.lines().stream().noneMatch(l -> l.contains("\u0000")), "no raw NUL in the log");
        }
    }
}
