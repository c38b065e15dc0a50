package dev.byline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.CommentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.support.RawHttp;
import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A body without a JSON Content-Type is 415 (API.md §1), so no other site can make its
 * visitors' browsers post to Byline: a cross-site form or fetch without preflight can send
 * no Content-Type, or text/plain, but never application/json.
 */
@QuarkusTest
class RequestMediaTypeTest {

    @Inject
    TestDatabase db;

    private static String post(String path, String contentType, String body, String extraHeaders) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nOrigin: https://evil.example\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + extraHeaders
                + "Content-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    @Test
    void shouldAnswer415WhenCrossSitePostHasNoContentType() throws Exception {
        String item = CommentFixtures.publishedItem("articles");
        long before = db.count("SELECT count(*) FROM comments");
        String body = "{\"authorName\":\"Mallory\",\"authorEmail\":\"" + Fixtures.unique("m") + "@example.com\","
                + "\"body\":\"Posted by a page you visited\"}";
        for (String type : new String[] {null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            RawHttp.Answer answer = RawHttp.exchange(post("/api/v1/articles/" + item + "/comments", type, body,
                    "X-Forwarded-For: " + CommentFixtures.fakeClient() + "\r\n"));
            assertEquals(415, answer.status(), "Content-Type " + type + ": " + answer.body());
            assertTrue(answer.header("content-type").startsWith("application/problem+json"), answer.headers().toString());
            assertTrue(answer.body().contains("https://byline.dev/problems/unsupported-media-type"), answer.body());
        }
        assertEquals(before, db.count("SELECT count(*) FROM comments"));
    }

    @Test
    void shouldAnswer415WhenTokenHolderSendsBodyWithoutContentType() throws Exception {
        long before = db.count("SELECT count(*) FROM sections");
        RawHttp.Answer answer = RawHttp.exchange(post("/api/v1/sections", null,
                "{\"name\":\"" + Fixtures.unique("untyped") + "\"}", "Authorization: Bearer " + Fixtures.ADMIN_TOKEN + "\r\n"));
        assertEquals(415, answer.status(), answer.body());
        assertEquals(before, db.count("SELECT count(*) FROM sections"));
    }

    @Test
    void shouldAcceptJsonWithCharset() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(post("/api/v1/sections", "application/json; charset=utf-8",
                "{\"name\":\"" + Fixtures.unique("typed") + "\"}", "Authorization: Bearer " + Fixtures.ADMIN_TOKEN + "\r\n"));
        assertEquals(201, answer.status(), answer.body());
    }
}
