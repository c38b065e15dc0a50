package dev.byline.common.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the answer of an anonymous read that {@link CacheRoutes} let through: a {@code 200}
 * with {@code Cache-Control: public} and a JSON or XML body. The entity is written to bytes here,
 * once, and those bytes are both sent and kept.
 */
public class CacheCapture {

    /** The headers a 304 repeats (as HttpCaching#notModified sends them). */
    private static final Set<String> REVALIDATION_HEADERS = caseInsensitive(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.VARY);
    /** Headers that are the request's own, not the representation's. */
    private static final Set<String> NOT_KEPT = caseInsensitive(HttpHeaders.CONTENT_LENGTH, "X-Statement-Count",
            HttpHeaders.SET_COOKIE, HttpHeaders.DATE);

    @Inject
    RepresentationCache cache;

    @Inject
    ObjectMapper mapper;

    @ServerResponseFilter
    public void keep(ContainerResponseContext response, RoutingContext ctx) {
        CacheRoutes.Pending pending = ctx.get(CacheRoutes.PENDING);
        if (pending == null || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        // Not chosen yet when the resource left it to @Produces: every such answer here is JSON.
        MediaType type = response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
        if (cacheControl == null || !cacheControl.startsWith("public") || etag == null || !textual(type)
                || response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            return;
        }
        byte[] body = bytes(response.getEntity());
        if (body == null) {
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), type);
        List<CachedResponse.Header> headers = new ArrayList<>();
        List<CachedResponse.Header> notModifiedHeaders = new ArrayList<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!NOT_KEPT.contains(name)) {
                values.forEach(value -> {
                    CachedResponse.Header header = CachedResponse.Header.of(name, value);
                    headers.add(header);
                    if (REVALIDATION_HEADERS.contains(name)) {
                        notModifiedHeaders.add(header);
                    }
                });
            }
        });
        if (!response.getHeaders().containsKey(HttpHeaders.CONTENT_TYPE)) {
            headers.add(CachedResponse.Header.of(HttpHeaders.CONTENT_TYPE, type.toString()));
        }
        cache.keep(pending.key(), new CachedResponse(pending.generation(), 200, Buffer.buffer(body), etag,
                List.copyOf(headers), List.copyOf(notModifiedHeaders), CacheRoutes.route()));
    }

    private byte[] bytes(Object entity) {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof java.io.InputStream || entity instanceof java.io.File
                || entity instanceof java.nio.file.Path || entity instanceof jakarta.ws.rs.core.StreamingOutput) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static boolean textual(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype();
        return ("application".equals(type.getType()) || "text".equals(type.getType()))
                && (subtype.equals("json") || subtype.endsWith("+json") || subtype.equals("xml")
                        || subtype.endsWith("+xml"));
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }
}
