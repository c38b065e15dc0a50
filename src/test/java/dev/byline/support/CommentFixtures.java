package dev.byline.support;

import static dev.byline.support.Fixtures.asAdmin;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Items to comment on, and comments posted through the API. Each comment comes from its own
 * fake client address (X-Forwarded-For, trusted in the test profile), so tests never share
 * a rate-limit budget.
 */
public final class CommentFixtures {

    private CommentFixtures() {
    }

    /** A published item of the collection ({@code articles} or {@code posts}) with comments open. */
    public static String publishedItem(String collection) {
        return item(collection, Map.of("status", "published"));
    }

    /** An item with the given fields on top of the required ones. */
    public static String item(String collection, Map<String, Object> fields) {
        String author = ContentFixtures.author(Fixtures.unique("commenter-author"));
        Map<String, Object> body = ContentFixtures.body(Fixtures.unique("Commented " + collection), author);
        body.putAll(fields);
        return ContentFixtures.create(collection, body);
    }

    /** A documentation-range IPv6 address nobody else uses. */
    public static String fakeClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x:%x:%x:%x:%x", random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000));
    }

    public static Map<String, Object> comment(String body) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("authorName", "Reader");
        comment.put("authorEmail", Fixtures.unique("reader") + "@example.com");
        comment.put("body", body);
        return comment;
    }

    public static Map<String, Object> reply(String body, String parentId) {
        Map<String, Object> comment = comment(body);
        comment.put("parentId", parentId);
        return comment;
    }

    /** Posts from a fresh client with the request (anonymous or with a token). */
    public static Response post(RequestSpecification request, String collection, String itemId,
            Map<String, Object> comment) {
        return request.header("X-Forwarded-For", fakeClient()).body(comment)
                .post("/api/v1/" + collection + "/" + itemId + "/comments");
    }

    public static Response postAnonymously(String collection, String itemId, Map<String, Object> comment) {
        return post(Fixtures.as(null), collection, itemId, comment);
    }

    /** Posts as admin (approved at once); returns the comment's id. */
    public static String approved(String collection, String itemId, Map<String, Object> comment) {
        return post(asAdmin(), collection, itemId, comment).then().statusCode(201).extract().path("id");
    }

    /** Posts anonymously with a fresh email (pending); returns the comment's id. */
    public static String pending(String collection, String itemId, Map<String, Object> comment) {
        return postAnonymously(collection, itemId, comment).then().statusCode(201).extract().path("id");
    }

    public static void setStatus(String commentId, String status) {
        asAdmin().body(Map.of("status", status)).patch("/api/v1/comments/" + commentId).then().statusCode(200);
    }

    public static int commentCount(String collection, String itemId) {
        return asAdmin().get("/api/v1/" + collection + "/" + itemId).then().statusCode(200).extract()
                .path("commentCount");
    }
}
