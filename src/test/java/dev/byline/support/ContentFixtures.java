package dev.byline.support;

import static dev.byline.support.Fixtures.asAdmin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Taxonomy, authors and content made through the API, each with unique slugs. */
public final class ContentFixtures {

    private ContentFixtures() {
    }

    public static String section(String slug) {
        return asAdmin().body(Map.of("name", slug, "slug", slug)).post("/api/v1/sections")
                .then().statusCode(201).extract().path("id");
    }

    public static String childSection(String slug, String parentId) {
        return asAdmin().body(Map.of("name", slug, "slug", slug, "parentId", parentId)).post("/api/v1/sections")
                .then().statusCode(201).extract().path("id");
    }

    public static String tag(String slug) {
        return asAdmin().body(Map.of("name", slug, "slug", slug)).post("/api/v1/tags")
                .then().statusCode(201).extract().path("id");
    }

    public static String author(String slug) {
        return asAdmin().body(Map.of("name", "Author " + slug, "slug", slug)).post("/api/v1/authors")
                .then().statusCode(201).extract().path("id");
    }

    /** A request body for an item with the required fields; tweak it before sending. */
    public static Map<String, Object> body(String title, String authorSlug) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("bodyMarkdown", "Some **body** text for " + title + ".");
        body.put("authors", List.of(authorSlug));
        return body;
    }

    public static Map<String, Object> published(String title, String authorSlug) {
        Map<String, Object> body = body(title, authorSlug);
        body.put("status", "published");
        return body;
    }

    /** Creates as admin; returns the new item's id. */
    public static String create(String collection, Map<String, Object> body) {
        return asAdmin().body(body).post("/api/v1/" + collection).then().statusCode(201).extract().path("id");
    }
}
