package dev.byline.search;

import static dev.byline.support.ContentFixtures.create;
import static dev.byline.support.ContentFixtures.published;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code byline.search.config} is a real setting: with {@code simple} (no stemming) the app
 * re-indexes every row at start, indexes new ones with it, and parses queries with it.
 */
@QuarkusTest
@TestProfile(SearchConfigTest.SimpleConfig.class)
class SearchConfigTest {

    public static class SimpleConfig implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("byline.search.config", "simple");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void shouldIndexAndQueryWithConfiguredConfigurationWhenSettingChanges() {
        Number stale = (Number) em.createNativeQuery(
                "SELECT count(*) FROM content_items WHERE search_config <> 'simple'::regconfig").getSingleResult();
        assertEquals(0, stale.intValue(), "every row is re-indexed with the configured configuration at start");

        String author = Fixtures.unique("simple");
        ContentFixtures.author(author);
        String marker = "zqsimple" + Fixtures.unique("m").replace("-", "");
        String id = create("articles", published("The talks of " + marker, author));

        given().queryParam("q", "talks " + marker).get("/api/v1/search").then().statusCode(200)
                .body("data.id", contains(id));
        // simple neither stems ("talk" is not "talks") nor drops stop words ("the").
        given().queryParam("q", "talk " + marker).get("/api/v1/search").then().statusCode(200)
                .body("data", empty());
        given().queryParam("q", "the " + marker).get("/api/v1/search").then().statusCode(200)
                .body("data.id", contains(id));
        given().queryParam("q", "talk " + marker).get("/api/v1/articles").then().statusCode(200)
                .body("data", empty());
    }
}
