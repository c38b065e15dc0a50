package dev.byline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, metrics, API docs and CORS (API.md §9, §10). */
@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportReadyWhenDatabaseAnswers() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().get("/api/v1/me");
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void shouldServeSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldAllowAnyOriginToRead() {
        given().header("Origin", "https://news.example").get("/q/health/live").then()
                .header("Access-Control-Allow-Origin", equalTo("*"));
        given().header("Origin", "https://news.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/me").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void shouldRefuseWritesFromUnlistedOrigin() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/users").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldNotFailWhenPreflightMethodIsGarbage() {
        given().header("Origin", "https://news.example")
                .header("Access-Control-Request-Method", "G ET")
                .options("/api/v1/articles").then().statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldAllowWritesFromListedOrigin() {
        given().header("Origin", "https://editor.byline.test")
                .header("Access-Control-Request-Method", "PATCH")
                .options("/api/v1/users").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("https://editor.byline.test"))
                .header("Access-Control-Allow-Methods", containsString("PATCH"));
    }
}
