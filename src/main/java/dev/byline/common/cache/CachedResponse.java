package dev.byline.common.cache;

import java.util.List;
import java.util.Map;

/**
 * A public response as it was sent: its bytes, its entity tag and the headers the resource set
 * (content type, caching, surrogate keys, list headers). {@code generation} is the cache's
 * generation when the request that produced it began: an answer is served only while no change
 * has been committed since. {@code route} is the path template of the endpoint that answered
 * (null when unknown), which a hit reports to the HTTP metrics as the endpoint itself would.
 */
record CachedResponse(long generation, int status, byte[] body, String etag, List<Map.Entry<String, String>> headers,
        String route) {

    int weight() {
        return body.length + 256;
    }
}
