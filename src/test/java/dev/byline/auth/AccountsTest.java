package dev.byline.auth;

import static dev.byline.support.Fixtures.as;
import static dev.byline.support.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.byline.support.Fixtures;
import dev.byline.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountsTest {

    @jakarta.inject.Inject
    dev.byline.support.TestDatabase database;

    @Test
    void shouldDescribeCallerWhenMeIsRequested() {
        TestUser editor = Fixtures.user("editor");
        editor.request().get("/api/v1/me").then().statusCode(200)
                .body("id", equalTo(editor.id()))
                .body("role", equalTo("editor"))
                .body("name", equalTo("Test editor"))
                .body("email", notNullValue())
                .body("$", org.hamcrest.Matchers.hasKey("authorId"));
    }

    @Test
    void shouldShowSecretOnlyOnceWhenTokenIsCreated() {
        TestUser author = Fixtures.user("author");
        var created = author.request().body(Map.of("name", "laptop")).post("/api/v1/tokens").then()
                .statusCode(201)
                .body("token", matchesPattern("^byl_[A-Za-z0-9_-]{43}$"))
                .body("userId", equalTo(author.id()))
                .extract();
        String id = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/v1/tokens/" + id));
        author.request().get("/api/v1/tokens").then().statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.token", nullValue())
                .body("find { it.id == '" + id + "' }", not(org.hamcrest.Matchers.hasKey("token")));
    }

    @Test
    void shouldRejectTokenOnNextRequestWhenItIsRevoked() {
        TestUser author = Fixtures.user("author");
        String tokenId = author.request().get("/api/v1/tokens").then().extract().path("[0].id");
        author.request().get("/api/v1/me").then().statusCode(200);
        author.request().delete("/api/v1/tokens/" + tokenId).then().statusCode(204);
        author.request().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRecordLastUseWhenTokenIsUsed() {
        TestUser author = Fixtures.user("author");
        author.request().get("/api/v1/me").then().statusCode(200);
        author.request().get("/api/v1/tokens").then().statusCode(200)
                .body("[0].lastUsedAt", notNullValue());
    }

    @Test
    void shouldHideOtherUsersTokensWhenCallerIsNotAdmin() {
        TestUser one = Fixtures.user("editor");
        TestUser other = Fixtures.user("editor");
        String otherTokenId = other.request().get("/api/v1/tokens").then().extract().path("[0].id");
        one.request().delete("/api/v1/tokens/" + otherTokenId).then().statusCode(404);
        one.request().get("/api/v1/tokens?userId=" + other.id()).then().statusCode(403);
        other.request().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldLetAdminManageAnyUsersTokens() {
        TestUser editor = Fixtures.user("editor");
        asAdmin().get("/api/v1/tokens?userId=" + editor.id()).then().statusCode(200)
                .body("userId", hasItem(editor.id()));
        String id = asAdmin().body(Map.of("name", "for-editor", "userId", editor.id())).post("/api/v1/tokens")
                .then().statusCode(201).extract().path("id");
        asAdmin().delete("/api/v1/tokens/" + id).then().statusCode(204);
    }

    @Test
    void shouldRejectExpiryInThePastWhenCreatingToken() {
        TestUser author = Fixtures.user("author");
        author.request().body(Map.of("name", "past", "expiresAt", "2020-01-01T00:00:00Z")).post("/api/v1/tokens")
                .then().statusCode(400).body("errors.field", hasItem("expiresAt"));
    }

    @Test
    void shouldRejectTokenOnceItHasExpired() {
        TestUser author = Fixtures.user("author");
        var created = author.request().body(Map.of("name", "short-lived", "expiresAt",
                        java.time.Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/tokens").then().statusCode(201).extract();
        String secret = created.path("token");
        as(secret).get("/api/v1/me").then().statusCode(200);
        // Time passes (moved in the database): the same secret no longer works.
        database.update("UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = ?::uuid",
                (String) created.path("id"));
        as(secret).get("/api/v1/me").then().statusCode(401);
        author.request().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldChangeRoleWhenAdminPatchesUser() {
        TestUser user = Fixtures.user("contributor");
        asAdmin().contentType("application/merge-patch+json").body(Map.of("role", "editor"))
                .patch("/api/v1/users/" + user.id()).then().statusCode(200)
                .body("role", equalTo("editor"))
                .body("name", equalTo("Test contributor"));
        user.request().get("/api/v1/me").then().body("role", equalTo("editor"));
    }

    @Test
    void shouldRejectPatchThatBlanksRequiredField() {
        TestUser user = Fixtures.user("contributor");
        java.util.HashMap<String, Object> patch = new java.util.HashMap<>();
        patch.put("name", null);
        asAdmin().body(patch).patch("/api/v1/users/" + user.id()).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        asAdmin().body(Map.of("nickname", "x")).patch("/api/v1/users/" + user.id()).then().statusCode(400)
                .body("errors.field", hasItem("nickname"));
        asAdmin().get("/api/v1/users/" + user.id()).then().body("name", equalTo("Test contributor"));
    }

    @Test
    void shouldDeleteUserAndTokensWhenAdminDeletes() {
        TestUser user = Fixtures.user("author");
        asAdmin().delete("/api/v1/users/" + user.id()).then().statusCode(204);
        user.request().get("/api/v1/me").then().statusCode(401);
        asAdmin().get("/api/v1/users/" + user.id()).then().statusCode(404);
    }

    @Test
    void shouldRefuseToDeleteOwnAccount() {
        String adminId = asAdmin().get("/api/v1/me").then().extract().path("id");
        asAdmin().delete("/api/v1/users/" + adminId).then().statusCode(409);
    }

    @Test
    void shouldPageUsersWithHeaders() {
        Fixtures.user("author");
        asAdmin().get("/api/v1/users?size=1&page=1").then().statusCode(200)
                .header("X-Total-Count", notNullValue())
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .body("data.size()", equalTo(1))
                .body("meta.page", equalTo(1))
                .body("meta.size", equalTo(1));
    }

    @Test
    void shouldRejectUnknownAuthorIdWhenCreatingUser() {
        asAdmin().body(Map.of("name", "X", "email", Fixtures.unique("a") + "@example.com", "role", "author",
                "authorId", "0192f0c4-0000-7000-8000-00000000abcd"))
                .post("/api/v1/users").then().statusCode(400).body("errors.field", hasItem("authorId"));
    }
}
