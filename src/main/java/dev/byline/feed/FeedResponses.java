package dev.byline.feed;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * HTTP caching for feeds (API.md §9), self-contained until the shared content-cache helper
 * lands: a strong ETag hashed from the exact bytes, 304 for a matching If-None-Match, and
 * public caching unless the request carried a token.
 */
final class FeedResponses {

    static final String PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=300";
    static final String PRIVATE_CACHE = "private, no-store";

    private FeedResponses() {
    }

    static Response ok(byte[] body, String mediaType, HttpHeaders request, String surrogateKeys) {
        String etag = etag(body);
        String cacheControl = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? PUBLIC_CACHE
                : PRIVATE_CACHE;
        Response.ResponseBuilder response = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)
                ? Response.notModified()
                : Response.ok(body, mediaType);
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("Surrogate-Key", surrogateKeys)
                .header("Cache-Tag", surrogateKeys.replace(' ', ','))
                .build();
    }

    /** A strong tag: the first 128 bits of the body's SHA-256. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match uses the weak comparison: {@code W/"x"} matches {@code "x"}; {@code *} matches any. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
