package dev.byline.common.web;

import dev.byline.common.config.BylineConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * CORS as API.md §9 wants it: any origin may read (GET, HEAD); only the origins listed in
 * {@code byline.cors.origins} may also write. Quarkus' own CORS filter cannot express
 * "reads from anywhere, writes from a list", hence this small filter.
 */
@ApplicationScoped
public class CorsFilter {

    /** Higher runs first: before the kept-answer filter and authentication (200), so hits and 401s get CORS too. */
    public static final int PRIORITY = 260;
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match, X-Requested-With";
    static final String EXPOSED_HEADERS = "ETag, Location, Link, X-Total-Count, Retry-After, Surrogate-Key, Cache-Tag";
    static final String READ_METHODS = "GET, HEAD, OPTIONS";
    static final String ALL_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<String> READ_METHOD_NAMES = Set.of("GET", "HEAD");

    @Inject
    BylineConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader("Origin");
        if (origin == null) {
            ctx.next();
            return;
        }
        boolean trusted = isTrusted(origin);
        HttpServerResponse response = ctx.response();
        response.headers().add("Vary", "Origin");
        String preflightMethod = request.getHeader("Access-Control-Request-Method");
        if (request.method() == HttpMethod.OPTIONS && preflightMethod != null) {
            boolean allowed = trusted || READ_METHOD_NAMES.contains(preflightMethod.strip().toUpperCase());
            if (allowed) {
                allow(response, origin, trusted);
                response.putHeader("Access-Control-Allow-Methods", trusted ? ALL_METHODS : READ_METHODS)
                        .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                        .putHeader("Access-Control-Max-Age", String.valueOf(config.cors().maxAge().toSeconds()));
            }
            response.setStatusCode(204).end();
            return;
        }
        if (trusted || READS.contains(request.method())) {
            allow(response, origin, trusted);
            response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        ctx.next();
    }

    private void allow(HttpServerResponse response, String origin, boolean trusted) {
        response.putHeader("Access-Control-Allow-Origin", trusted ? origin : "*");
    }

    private boolean isTrusted(String origin) {
        List<String> origins = config.cors().origins().orElse(List.of());
        return origins.contains("*") || origins.stream().anyMatch(o -> o.equalsIgnoreCase(origin));
    }
}
