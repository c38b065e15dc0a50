package dev.byline.common.cache;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.web.EntityTags;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Serves kept answers on the event loop, before the request reaches JAX-RS or a worker thread:
 * an anonymous {@code GET} whose answer is kept gets it (or {@code 304} when its
 * {@code If-None-Match} matches), with no query and no render. Any other anonymous {@code GET}
 * goes on with a note of the generation it began in, for {@link CacheCapture} to keep its
 * answer. Any request that may write moves the generation just before its response leaves
 * (after its transaction committed), so a client reads its own writes at once; other
 * instances hear of the write through {@link ChangeNotifications}. Runs after the CORS filter,
 * which adds its headers to hits as to any answer.
 */
@ApplicationScoped
public class CacheRoutes {

    static final String PENDING = "byline.cache.pending";

    @Inject
    RepresentationCache cache;

    @Inject
    BylineConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::handle, 100);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpMethod method = request.method();
        if (method == HttpMethod.GET) {
            String key = key(request);
            if (key != null) {
                CachedResponse kept = cache.find(key);
                if (kept != null) {
                    serve(ctx, kept);
                    return;
                }
                if (cache.usable()) {
                    ctx.put(PENDING, new Pending(key, cache.generation()));
                }
            }
        } else if (method != HttpMethod.HEAD && method != HttpMethod.OPTIONS) {
            ctx.addHeadersEndHandler(ignored -> cache.invalidateAll());
        }
        ctx.next();
    }

    /** What an anonymous answer depends on besides the database; null when it is not kept at all. */
    static String key(HttpServerRequest request) {
        if (request.headers().contains(HttpHeaders.AUTHORIZATION) || request.headers().contains("Range")
                || request.path().startsWith("/q/")) {
            return null;
        }
        return request.uri() + '\n' + request.getHeader(HttpHeaders.ACCEPT) + '\n' + request.getHeader(HttpHeaders.HOST)
                + '\n' + request.getHeader("X-Forwarded-Host") + '\n' + request.getHeader("X-Forwarded-Proto")
                + '\n' + request.getHeader("Forwarded");
    }

    private void serve(RoutingContext ctx, CachedResponse kept) {
        HttpServerResponse response = ctx.response();
        String ifNoneMatch = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        EntityTags.Condition condition = ifNoneMatch == null ? null : EntityTags.parse(ifNoneMatch);
        boolean notModified = condition != null && condition.matchesWeakly(kept.etag());
        for (Map.Entry<String, String> header : kept.headers()) {
            if (!notModified || CacheCapture.REVALIDATION_HEADERS.contains(header.getKey())) {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        if (config.debug().statementCountHeader()) {
            response.putHeader("X-Statement-Count", "0");
        }
        if (notModified) {
            response.setStatusCode(304).end();
        } else {
            response.setStatusCode(kept.status()).end(Buffer.buffer(kept.body()));
        }
    }

    /** An anonymous read whose answer may be kept, and the generation it began in. */
    record Pending(String key, long generation) {
    }
}
