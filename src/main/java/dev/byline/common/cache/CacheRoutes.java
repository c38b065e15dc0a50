package dev.byline.common.cache;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.web.CorsFilter;
import dev.byline.common.web.EntityTags;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Serves kept answers on the event loop, before the request reaches JAX-RS or a worker thread:
 * an anonymous {@code GET} whose answer is kept gets it (or {@code 304} when its
 * {@code If-None-Match} matches), with no query and no render. Any other anonymous {@code GET}
 * goes on with a note of the generation it began in, for {@link CacheCapture} to keep its
 * answer. Any request that may write moves the generation just before its response leaves
 * (after its transaction committed), so a client reads its own writes at once; other
 * instances hear of the write through {@link ChangeNotifications}.
 *
 * <p>Runs after the CORS filter, which adds its headers to hits as to any answer, and before
 * authentication: a kept answer is anonymous by construction (no {@code Authorization}
 * header), and the handlers Quarkus runs next cost more than the hit itself (matching the
 * path against every endpoint again, for the metrics). A hit therefore names its endpoint's
 * path template to the HTTP metrics itself, as the endpoint did when its answer was kept.
 */
@ApplicationScoped
public class CacheRoutes {

    static final String PENDING = "byline.cache.pending";
    /** Higher runs first: after the CORS filter, before authentication (200). */
    static final int PRIORITY = CorsFilter.PRIORITY - 10;
    /** Where Quarkus REST leaves the matched path template for the HTTP metrics (request-local). */
    private static final String ROUTE = "UrlPathTemplate";

    @Inject
    RepresentationCache cache;

    @Inject
    BylineConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
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

    /** The path template of the endpoint answering the current request, when there is one. */
    static String route() {
        return VertxContext.isOnDuplicatedContext() ? ContextLocals.<String>get(ROUTE, null) : null;
    }

    private void serve(RoutingContext ctx, CachedResponse kept) {
        if (kept.route() != null && VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(ROUTE, kept.route());
        }
        HttpServerResponse response = ctx.response();
        String ifNoneMatch = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        EntityTags.Condition condition = ifNoneMatch == null ? null : EntityTags.parse(ifNoneMatch);
        boolean notModified = condition != null && condition.matchesWeakly(kept.etag());
        for (CachedResponse.Header header : notModified ? kept.notModifiedHeaders() : kept.headers()) {
            response.headers().add(header.name(), header.value());
        }
        if (config.debug().statementCountHeader()) {
            response.putHeader("X-Statement-Count", "0");
        }
        if (notModified) {
            response.setStatusCode(304).end();
        } else {
            response.setStatusCode(kept.status()).end(kept.body());
        }
    }

    /** An anonymous read whose answer may be kept, and the generation it began in. */
    record Pending(String key, long generation) {
    }
}
