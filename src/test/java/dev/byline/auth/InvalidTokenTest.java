package dev.byline.auth;

import static dev.byline.support.ProblemAssertions.isProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule for a broken token everywhere (README): 401, also on endpoints anonymous callers
 * may use, so a client with an expired or mistyped token learns it at once.
 */
@QuarkusTest
class InvalidTokenTest {

    @Test
    void shouldAnswer401OnEveryPublicEndpointWhenTokenIsInvalid() {
        String section = Fixtures.unique("tokened");
        ContentFixtures.section(section);
        List<String> paths = List.of("/api/v1/articles", "/api/v1/posts", "/api/v1/sections", "/api/v1/tags",
                "/api/v1/authors", "/api/v1/recent", "/api/v1/search?q=news", "/feed.xml", "/feed.json",
                "/sections/" + section + "/feed.xml", "/api/v1/sections/slug/" + section);
        for (String path : paths) {
            for (String header : List.of("Bearer byl_not-a-real-token-0123456789abcdefghijklmnop", "Bearer ",
                    "Basic dXNlcjpwYXNz")) {
                isProblem(given().header("Authorization", header).get(path).then(), 401, "unauthorized")
                        .header("WWW-Authenticate", startsWith("Bearer"));
            }
        }
    }

    @Test
    void shouldServePublicEndpointsWithoutAnyToken() {
        given().get("/api/v1/sections").then().statusCode(200);
        given().get("/feed.xml").then().statusCode(200);
    }
}
