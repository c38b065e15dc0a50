package dev.byline.content;

import static dev.byline.support.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample news page can be rendered from the API: the seed article, created and read back. */
@QuarkusTest
class SampleArticleTest {

    @Test
    void shouldServeSampleArticleWhenCreatedFromSeed() throws Exception {
        ObjectNode seed;
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-article.json")) {
            seed = (ObjectNode) new ObjectMapper().readTree(in);
        }
        // The seed names fixed slugs; make them the sample's own unless an earlier run made them.
        ensure("/api/v1/authors", Map.of("name", "Tahir Khan", "slug", "tahir-khan", "bio", "Reporter, Islamabad."));
        ensure("/api/v1/sections", Map.of("name", "World", "slug", "world"));
        for (var tag : seed.withArray("tags")) {
            ensure("/api/v1/tags", Map.of("name", tag.asText(), "slug", tag.asText()));
        }
        // A unique title keeps reruns independent; the slug must derive from it.
        String suffix = Fixtures.unique("run");
        seed.put("title", seed.get("title").asText() + " " + suffix);
        String expectedSlug = "russia-asserts-major-regional-role-as-it-offers-to-host-taliban-talks-" + suffix;

        String id = asAdmin().body(seed.toString()).post("/api/v1/articles").then()
                .statusCode(201)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .extract().path("id");

        given().get("/api/v1/articles/slug/" + expectedSlug).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("type", equalTo("article"))
                .body("dateline", equalTo("ISLAMABAD"))
                .body("standfirst", nullValue())
                .body("authors", hasSize(1))
                .body("authors[0].name", equalTo("Tahir Khan"))
                .body("authors[0].slug", equalTo("tahir-khan"))
                .body("section.slug", equalTo("world"))
                .body("tags.slug", org.hamcrest.Matchers.containsInAnyOrder("afghanistan", "russia", "taliban",
                        "diplomacy"))
                .body("bodyHtml", startsWith("<p>Russia has inched towards"))
                .body("excerpt", startsWith("Russia has inched towards"))
                .body("excerpt", endsWith("…"))
                .body("excerpt.length()", lessThanOrEqualTo(160))
                .body("status", equalTo("published"))
                .body("publishedAt", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z"))
                .body("wordCount", greaterThan(700))
                .body("readingTimeMinutes", equalTo(4))
                .body("commentsOpen", equalTo(true))
                .body("commentCount", equalTo(0))
                .body("seo.title", nullValue())
                .body("featuredImage", nullValue());

        String html = given().get("/api/v1/articles/" + id).then().statusCode(200).extract().path("bodyHtml");
        org.junit.jupiter.api.Assertions.assertEquals(15, html.split("<p>", -1).length - 1,
                "the story has 15 paragraphs");
    }

    private static void ensure(String collection, Map<String, String> body) {
        int status = asAdmin().get(collection + "/slug/" + body.get("slug")).statusCode();
        if (status == 404) {
            asAdmin().body(body).post(collection).then().statusCode(201);
        }
    }

}
