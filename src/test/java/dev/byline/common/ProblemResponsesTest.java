package dev.byline.common;

import static dev.byline.support.Fixtures.as;
import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.byline.support.DatabaseProxyResource;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every error class of API.md §1 answers problem+json with its status, type and fields. */
@QuarkusTest
class ProblemResponsesTest {

    static ValidatableResponse isProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://byline.dev/problems/" + type))
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body("instance", startsWith("/"));
    }

    @Test
    void shouldAnswer404ProblemWhenRouteIsUnknown() {
        isProblem(given().get("/api/v1/no-such-thing").then(), 404, "not-found")
                .body("instance", equalTo("/api/v1/no-such-thing"));
        isProblem(given().get("/nowhere/at/all").then(), 404, "not-found");
    }

    @Test
    void shouldAnswer404ProblemWhenItemIsMissing() {
        isProblem(asAdmin().get("/api/v1/users/0192f0c4-0000-7000-8000-000000000000").then(), 404, "not-found");
    }

    @Test
    void shouldAnswer400ProblemWhenPathIdIsNotUuid() {
        isProblem(asAdmin().get("/api/v1/users/not-a-uuid").then(), 400, "malformed-request")
                .body("detail", containsString("not-a-uuid"));
    }

    @Test
    void shouldAnswer405ProblemWhenMethodIsWrong() {
        isProblem(asAdmin().put("/api/v1/users").then(), 405, "method-not-allowed");
    }

    @Test
    void shouldAnswer415ProblemWhenMediaTypeIsWrong() {
        isProblem(asAdmin().contentType(ContentType.TEXT).body("name=x").post("/api/v1/users").then(),
                415, "unsupported-media-type");
    }

    @Test
    void shouldAnswer400ProblemWhenJsonIsMalformed() {
        isProblem(asAdmin().body("{\"name\": ").post("/api/v1/users").then(), 400, "malformed-request")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenFieldIsUnknown() {
        String email = Fixtures.unique("typo") + "@example.com";
        isProblem(asAdmin().body(Map.of("name", "X", "email", email, "role", "author", "nmae", "typo"))
                .post("/api/v1/users").then(), 400, "validation")
                .body("detail", containsString("nmae"))
                .body("errors.field", hasItem("nmae"));
        asAdmin().get("/api/v1/users?size=100").then().body("data.email", not(hasItem(email)));
    }

    @Test
    void shouldAnswer400WithFieldErrorsWhenValidationFails() {
        isProblem(asAdmin().body(Map.of("name", "", "email", "not-an-email", "role", "author"))
                .post("/api/v1/users").then(), 400, "validation")
                .body("detail", equalTo("2 fields are invalid"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("email"))
                .body("errors.message", hasItem("must not be blank"));
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenTypeIsWrong() {
        isProblem(asAdmin().body(Map.of("name", "X", "email", "x@example.com", "role", "overlord"))
                .post("/api/v1/users").then(), 400, "validation")
                .body("errors.field", hasItem("role"));
        isProblem(asAdmin().body(Map.of("name", Map.of("a", 1), "email", "x@example.com", "role", "author"))
                .post("/api/v1/users").then(), 400, "validation")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void shouldAnswer400WhenBodyIsMissing() {
        isProblem(asAdmin().post("/api/v1/users").then(), 400, "validation");
    }

    @Test
    void shouldAnswer400WhenQueryParameterIsOutOfRange() {
        isProblem(asAdmin().get("/api/v1/users?size=1000").then(), 400, "validation")
                .body("errors.field", hasItem("size"));
    }

    @Test
    void shouldAnswer413ProblemWhenBodyIsTooLarge() {
        String big = "x".repeat(1024 * 1024 + 10);
        isProblem(asAdmin().body(Map.of("name", big, "email", "big@example.com", "role", "author"))
                .post("/api/v1/users").then(), 413, "payload-too-large");
    }

    @Test
    void shouldAnswer413ProblemWhenChunkedBodyIsTooLarge() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\",\"email\":\"big@example.com\",\"role\":\"author\"}";
        java.io.InputStream chunked = new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        isProblem(asAdmin().body(chunked).post("/api/v1/users").then(), 413, "payload-too-large");
    }

    @Test
    void shouldAnswer401ProblemWithChallengeWhenTokenIsMissing() {
        isProblem(given().get("/api/v1/me").then(), 401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldAnswer401ProblemWhenTokenIsInvalid() {
        isProblem(as("byl_not-a-real-token").get("/api/v1/me").then(), 401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer"));
        isProblem(given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/v1/me").then(),
                401, "unauthorized");
    }

    @Test
    void shouldAnswer403ProblemWhenRoleIsMissing() {
        String token = Fixtures.user("editor").token();
        isProblem(as(token).get("/api/v1/users").then(), 403, "forbidden");
    }

    @Test
    void shouldAnswer409ProblemWhenEmailIsTaken() {
        String email = Fixtures.unique("dup") + "@example.com";
        Map<String, String> body = Map.of("name", "A", "email", email, "role", "author");
        asAdmin().body(body).post("/api/v1/users").then().statusCode(201);
        isProblem(asAdmin().body(body).post("/api/v1/users").then(), 409, "conflict")
                .body("detail", containsString(email));
    }

    @Test
    void shouldAnswer503ProblemWhenDatabaseIsDown() {
        DatabaseProxyResource.proxy().takeDown();
        try {
            isProblem(asAdmin().get("/api/v1/users").then(), 503, "service-unavailable")
                    .header("Retry-After", notNullValue())
                    .body("detail", not(containsString("SQL")))
                    .body("detail", not(containsString("Exception")));
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            DatabaseProxyResource.proxy().restore();
        }
        given().get("/q/health/ready").then().statusCode(200);
        asAdmin().get("/api/v1/users").then().statusCode(200);
    }

    @Test
    void shouldNeverShowInternalsInProblems() {
        asAdmin().body("{\"name\": [1,2,").post("/api/v1/users").then()
                .statusCode(400)
                .body("detail", not(containsString("com.fasterxml")))
                .body("detail", not(emptyOrNullString()));
    }
}
