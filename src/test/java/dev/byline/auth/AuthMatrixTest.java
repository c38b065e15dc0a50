package dev.byline.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every protected endpoint against no token, a bad token and each role. The table is the
 * specification; a second test checks it lists exactly the operations the OpenAPI document
 * marks as protected, so a new endpoint cannot be left out.
 */
@QuarkusTest
class AuthMatrixTest {

    private static final List<String> ROLES = List.of("contributor", "author", "editor", "admin");
    private static final String ID = "0192f0c4-0000-7000-8000-000000000001";

    /** method, path template, least role that may call it. */
    record Endpoint(String method, String path, String minRole) {
        @Override
        public String toString() {
            return method + " " + path + " (" + minRole + "+)";
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET", "/api/v1/me", "contributor"),
                new Endpoint("GET", "/api/v1/users", "admin"),
                new Endpoint("POST", "/api/v1/users", "admin"),
                new Endpoint("GET", "/api/v1/users/{id}", "admin"),
                new Endpoint("PATCH", "/api/v1/users/{id}", "admin"),
                new Endpoint("DELETE", "/api/v1/users/{id}", "admin"),
                new Endpoint("GET", "/api/v1/tokens", "contributor"),
                new Endpoint("POST", "/api/v1/tokens", "contributor"),
                new Endpoint("DELETE", "/api/v1/tokens/{id}", "contributor"),
                new Endpoint("POST", "/api/v1/articles", "contributor"),
                new Endpoint("PATCH", "/api/v1/articles/{id}", "contributor"),
                new Endpoint("DELETE", "/api/v1/articles/{id}", "contributor"),
                new Endpoint("POST", "/api/v1/posts", "contributor"),
                new Endpoint("PATCH", "/api/v1/posts/{id}", "contributor"),
                new Endpoint("DELETE", "/api/v1/posts/{id}", "contributor"),
                new Endpoint("GET", "/api/v1/articles/{id}/revisions", "contributor"),
                new Endpoint("GET", "/api/v1/articles/{id}/revisions/{revisionId}", "contributor"),
                new Endpoint("POST", "/api/v1/articles/{id}/revisions/{revisionId}/restore", "contributor"),
                new Endpoint("GET", "/api/v1/posts/{id}/revisions", "contributor"),
                new Endpoint("GET", "/api/v1/posts/{id}/revisions/{revisionId}", "contributor"),
                new Endpoint("POST", "/api/v1/posts/{id}/revisions/{revisionId}/restore", "contributor"),
                new Endpoint("POST", "/api/v1/sections", "editor"),
                new Endpoint("PATCH", "/api/v1/sections/{id}", "editor"),
                new Endpoint("DELETE", "/api/v1/sections/{id}", "editor"),
                new Endpoint("POST", "/api/v1/tags", "editor"),
                new Endpoint("PATCH", "/api/v1/tags/{id}", "editor"),
                new Endpoint("DELETE", "/api/v1/tags/{id}", "editor"),
                new Endpoint("POST", "/api/v1/authors", "editor"),
                new Endpoint("PATCH", "/api/v1/authors/{id}", "editor"),
                new Endpoint("DELETE", "/api/v1/authors/{id}", "editor"),
                new Endpoint("GET", "/api/v1/comments", "editor"),
                new Endpoint("GET", "/api/v1/comments/{id}", "editor"),
                new Endpoint("PATCH", "/api/v1/comments/{id}", "editor"),
                new Endpoint("DELETE", "/api/v1/comments/{id}", "editor"),
                new Endpoint("GET", "/api/v1/webhooks", "admin"),
                new Endpoint("POST", "/api/v1/webhooks", "admin"),
                new Endpoint("GET", "/api/v1/webhooks/{id}", "admin"),
                new Endpoint("PATCH", "/api/v1/webhooks/{id}", "admin"),
                new Endpoint("DELETE", "/api/v1/webhooks/{id}", "admin"),
                new Endpoint("GET", "/api/v1/webhooks/{id}/deliveries", "admin"),
                new Endpoint("POST", "/api/v1/imports", "admin"),
                new Endpoint("GET", "/api/v1/imports", "admin"),
                new Endpoint("GET", "/api/v1/imports/{id}", "admin"),
                new Endpoint("GET", "/api/v1/export", "admin"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void shouldEnforceRoleWhenEndpointIsProtected(Endpoint endpoint) {
        call(given(), endpoint).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        call(Fixtures.as("byl_invalid-" + UUID.randomUUID()), endpoint).then()
                .statusCode(401)
                .contentType("application/problem+json");
        Map<String, String> tokens = new TreeMap<>();
        ROLES.forEach(role -> tokens.put(role, Fixtures.user(role).token()));
        boolean allowed = false;
        for (String role : ROLES) {
            allowed |= role.equals(endpoint.minRole());
            Response response = call(Fixtures.as(tokens.get(role)), endpoint);
            if (allowed) {
                response.then().statusCode(not(Matchers.oneOf(401, 403)));
            } else {
                response.then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://byline.dev/problems/forbidden"));
            }
        }
    }

    @Test
    void shouldListEveryProtectedOperationOfTheOpenApiDocument() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> documented = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
            boolean protectedOperation = security != null && !security.isEmpty()
                    && security.stream().noneMatch(Map::isEmpty);
            if (protectedOperation) {
                documented.add(method.toUpperCase() + " " + path + " (" + security.get(0).get("bearer").get(0) + "+)");
            }
        }));
        List<String> table = endpoints().map(Endpoint::toString).sorted().toList();
        assertEquals(table, documented.stream().sorted().toList(),
                "The auth matrix must list every protected operation with the role its code declares");
    }

    private static Response call(RequestSpecification request, Endpoint endpoint) {
        String path = endpoint.path().replaceAll("\\{[^}]+}", ID);
        request.contentType("application/json");
        return switch (endpoint.method()) {
            case "GET" -> request.get(path);
            case "POST" -> request.body("{}").post(path);
            case "PATCH" -> request.body("{}").patch(path);
            case "PUT" -> request.body("{}").put(path);
            case "DELETE" -> request.delete(path);
            default -> throw new IllegalArgumentException(endpoint.method());
        };
    }
}
