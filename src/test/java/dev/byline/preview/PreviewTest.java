package dev.byline.preview;

import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.content.ContentType;
import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.support.Fixtures.TestUser;
import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API.md §12 draft previews: signed, expiring, revocable tokens that show one item without a bearer token. */
@QuarkusTest
class PreviewTest {

    @Inject
    TestDatabase db;

    @Test
    void shouldShowCurrentDraftToAnyoneWithTokenWhenOwnerCreatesPreview() {
        TestUser owner = Fixtures.user("contributor", ContentFixtures.author(Fixtures.unique("previewer")));
        String id = owner.request().body(Map.of("title", Fixtures.unique("Draft preview"),
                "bodyMarkdown", "Not yet **public**.")).post("/api/v1/articles").then().statusCode(201)
                .body("status", equalTo("draft")).extract().path("id");

        Instant before = Instant.now();
        Response created = owner.request().post("/api/v1/articles/" + id + "/preview");
        created.then().statusCode(201);
        String token = created.path("token");
        assertEquals("/api/v1/preview/" + token, URI.create(created.header("Location")).getPath());
        assertEquals("http://localhost:8080/site/preview/" + token, created.path("url"));
        Instant expiresAt = Instant.parse(created.path("expiresAt"));
        assertTrue(expiresAt.isAfter(before.plus(Duration.ofMinutes(59)))
                && expiresAt.isBefore(before.plus(Duration.ofMinutes(61))), "expires in an hour: " + expiresAt);

        given().get("/api/v1/articles/" + id).then().statusCode(404);
        given().get("/api/v1/preview/" + token).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("X-Robots-Tag", "noindex")
                .body("id", equalTo(id))
                .body("status", equalTo("draft"))
                .body("bodyHtml", equalTo("<p>Not yet <strong>public</strong>.</p>"));

        owner.request().body(Map.of("title", "Changed after the token was made"))
                .patch("/api/v1/articles/" + id).then().statusCode(200);
        given().get("/api/v1/preview/" + token).then().statusCode(200)
                .body("title", equalTo("Changed after the token was made"));
    }

    @Test
    void shouldAnswer404WhenTokenIsAlteredOrMalformed() {
        String id = ContentFixtures.create("posts", ContentFixtures.body(Fixtures.unique("Altered"),
                ContentFixtures.author(Fixtures.unique("alter"))));
        String token = asAdmin().post("/api/v1/posts/" + id + "/preview").then().statusCode(201)
                .extract().path("token");
        given().get("/api/v1/preview/" + token).then().statusCode(200).body("type", equalTo("post"));

        int dot = token.indexOf('.');
        // The signature's first character, not its last: the last character of an unpadded
        // base64url value also carries filler bits, and 'A' → 'B' there can decode to the same
        // bytes (the signature would still hold, one run in sixteen).
        char signed = token.charAt(dot + 1);
        String badSignature = token.substring(0, dot + 1) + (signed == 'A' ? 'B' : 'A') + token.substring(dot + 2);
        char first = token.charAt(0);
        String badPayload = (first == 'A' ? 'B' : 'A') + token.substring(1);
        for (String altered : new String[] {badSignature, badPayload, token.substring(0, dot), token + ".x",
                "not-a-token", token.substring(dot + 1) + "." + token.substring(0, dot)}) {
            given().get("/api/v1/preview/" + altered).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldAnswer404WhenTokenHasExpired() {
        String id = ContentFixtures.create("articles", ContentFixtures.body(Fixtures.unique("Expiring"),
                ContentFixtures.author(Fixtures.unique("expire"))));
        asAdmin().post("/api/v1/articles/" + id + "/preview").then().statusCode(201);
        byte[] key = db.bytes("SELECT secret FROM server_keys WHERE name = 'preview-tokens'");
        int generation = (int) db.count("SELECT generation FROM preview_grants WHERE content_id = ?",
                UUID.fromString(id));
        UUID item = UUID.fromString(id);
        String live = new PreviewToken(item, ContentType.ARTICLE, Instant.now().plusSeconds(60), generation).sign(key);
        String expired = new PreviewToken(item, ContentType.ARTICLE, Instant.now().minusSeconds(1), generation)
                .sign(key);
        given().get("/api/v1/preview/" + live).then().statusCode(200);
        given().get("/api/v1/preview/" + expired).then().statusCode(404);
        // The same item under the other type is another item.
        String wrongType = new PreviewToken(item, ContentType.POST, Instant.now().plusSeconds(60), generation).sign(key);
        given().get("/api/v1/preview/" + wrongType).then().statusCode(404);
    }

    @Test
    void shouldAnswer404WhenRevokedOrItemDeleted() {
        String id = ContentFixtures.create("articles", ContentFixtures.body(Fixtures.unique("Revoked"),
                ContentFixtures.author(Fixtures.unique("revoke"))));
        String first = asAdmin().post("/api/v1/articles/" + id + "/preview").then().statusCode(201)
                .extract().path("token");
        String second = asAdmin().post("/api/v1/articles/" + id + "/preview").then().statusCode(201)
                .extract().path("token");
        asAdmin().delete("/api/v1/articles/" + id + "/preview").then().statusCode(204);
        given().get("/api/v1/preview/" + first).then().statusCode(404);
        given().get("/api/v1/preview/" + second).then().statusCode(404);

        String fresh = asAdmin().post("/api/v1/articles/" + id + "/preview").then().statusCode(201)
                .extract().path("token");
        given().get("/api/v1/preview/" + fresh).then().statusCode(200);
        asAdmin().delete("/api/v1/articles/" + id).then().statusCode(204);
        given().get("/api/v1/preview/" + fresh).then().statusCode(404);
        assertEquals(0, db.count("SELECT count(*) FROM preview_grants WHERE content_id = ?", UUID.fromString(id)));
    }

    @Test
    void shouldLetOnlyOwnerAndEditorsPreviewWhenOthersAsk() {
        TestUser owner = Fixtures.user("author", ContentFixtures.author(Fixtures.unique("owner")));
        String draft = owner.request().body(Map.of("title", Fixtures.unique("Owned draft"), "bodyMarkdown", "x"))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
        String published = owner.request().body(Map.of("title", Fixtures.unique("Owned live"), "bodyMarkdown", "x",
                "status", "published")).post("/api/v1/posts").then().statusCode(201).extract().path("id");

        TestUser other = Fixtures.user("author", ContentFixtures.author(Fixtures.unique("other")));
        other.request().post("/api/v1/posts/" + draft + "/preview").then().statusCode(404);
        other.request().post("/api/v1/posts/" + published + "/preview").then().statusCode(403)
                .body("detail", startsWith("Only the owner and editors"));
        other.request().delete("/api/v1/posts/" + published + "/preview").then().statusCode(403);
        Fixtures.as(null).post("/api/v1/posts/" + draft + "/preview").then().statusCode(401);
        Fixtures.user("editor").request().post("/api/v1/posts/" + draft + "/preview").then().statusCode(201);
        owner.request().post("/api/v1/posts/" + draft + "/preview").then().statusCode(201);
        // The path's type must match the item's.
        owner.request().post("/api/v1/articles/" + draft + "/preview").then().statusCode(404);
    }
}
