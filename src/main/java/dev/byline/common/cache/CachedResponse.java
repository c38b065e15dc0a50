package dev.byline.common.cache;

import io.netty.util.AsciiString;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * A public response as it was sent: its bytes, its entity tag and the headers the resource set
 * (content type, caching, surrogate keys, list headers), with the part of them a {@code 304}
 * repeats. {@code generation} is the cache's generation when the request that produced it began:
 * an answer is served only while no change has been committed since. {@code route} is the path
 * template of the endpoint that answered (null when unknown), which a hit reports to the HTTP
 * metrics as the endpoint itself would.
 *
 * <p>Everything is kept as it goes on the wire, so a hit copies and checks nothing: the body is
 * one buffer every hit sends a view of, and ASCII header names and values are {@link AsciiString}s,
 * which Vert.x checks and writes as bytes rather than character by character.
 */
record CachedResponse(long generation, int status, Buffer body, String etag, List<Header> headers,
        List<Header> notModifiedHeaders, String route) {

    int weight() {
        return body.length() + 256;
    }

    /** One response header, ready to send. */
    record Header(CharSequence name, CharSequence value) {

        static Header of(String name, String value) {
            return new Header(wire(name), wire(value));
        }

        private static CharSequence wire(String text) {
            return text.chars().allMatch(c -> c < 0x80) ? new AsciiString(text) : text;
        }
    }
}
