package dev.byline.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Small builders that make the data a test needs through the public API. */
public final class Fixtures {

    public static final String ADMIN_TOKEN = "byl_test-admin-token-0123456789abcdefghijklmnopqrstuvwxyz";

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN_TOKEN);
    }

    /** A new user with the role, and a token for it. */
    public static TestUser user(String role) {
        return user(role, null);
    }

    public static TestUser user(String role, String authorId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Test " + role);
        body.put("email", unique(role) + "@example.com");
        body.put("role", role);
        body.put("authorId", authorId);
        String id = asAdmin().body(body).post("/api/v1/users")
                .then().statusCode(201).extract().path("id");
        String token = asAdmin().body(Map.of("name", "test", "userId", id)).post("/api/v1/tokens")
                .then().statusCode(201).extract().path("token");
        return new TestUser(id, token, role);
    }

    public record TestUser(String id, String token, String role) {
        public RequestSpecification request() {
            return as(token);
        }
    }
}
