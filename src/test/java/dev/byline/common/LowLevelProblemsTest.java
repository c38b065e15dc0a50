package dev.byline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.Fixtures;
import dev.byline.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Answers the HTTP server gives before any resource runs are problem+json too (API.md §1):
 * a declared body over the limit, an overlong URI, a path or header no parser accepts.
 */
@QuarkusTest
class LowLevelProblemsTest {

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.headers() + " " + answer.body());
        String type = answer.header("content-type");
        assertTrue(type != null && type.startsWith("application/problem+json"), "content type " + type);
        assertTrue(answer.body().contains("\"status\":" + status), answer.body());
        assertTrue(answer.body().contains("\"type\":\"https://byline.dev/problems/"), answer.body());
    }

    @Test
    void shouldAnswer413ProblemWhenDeclaredBodyIsHuge() throws Exception {
        assertProblem(RawHttp.exchange("POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Fixtures.ADMIN_TOKEN + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20000000\r\n\r\n{\"name\":"), 413);
        assertProblem(RawHttp.exchange("POST /api/v1/articles/x/comments HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2000000\r\n\r\n{"), 413);
    }

    @Test
    void shouldAnswer414ProblemWhenUriIsTooLong() throws Exception {
        assertProblem(RawHttp.exchange("GET /api/v1/articles?q=" + "a".repeat(9000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 414);
    }

    @Test
    void shouldAnswer400ProblemWhenPathHasRawBrace() throws Exception {
        assertProblem(RawHttp.exchange("GET /api/v1/articles/{id} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                400);
        assertProblem(RawHttp.exchange("GET /feed.xml?x={ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                400);
    }

    @Test
    void shouldAnswer400ProblemWhenHeaderHasNul() throws Exception {
        assertProblem(RawHttp.exchange("GET /api/v1/sections HTTP/1.1\r\nHost: localhost\r\nX-Evil: a\0b\r\n"
                + "Connection: close\r\n\r\n"), 400);
    }

    @Test
    void shouldAnswer431ProblemWhenHeadersAreTooLarge() throws Exception {
        assertProblem(RawHttp.exchange("GET /api/v1/sections HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "b".repeat(40_000) + "\r\nConnection: close\r\n\r\n"), 431);
    }
}
