package dev.byline.site;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The starter site (API.md §12) is static files under {@code /site/}; its pages have paths of
 * their own ({@code /site/articles/<slug>}, {@code /site/sections/<slug>}, …) that all answer
 * with the one page shell, whose script reads the path and asks the public API for the rest.
 * Every site response gets a Content Security Policy: the site's own scripts and styles only,
 * the API on the same origin, images from anywhere (lead images live on CDNs).
 */
@ApplicationScoped
public class SiteRoutes {

    static final String SHELL = "/site/index.html";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src * data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; "
            + "form-action 'self'";

    void register(@Observes Router router) {
        router.route("/site/*").order(-100).handler(this::securityHeaders);
        // Vert.x' "/site" also matches "/site/"; only the bare path is redirected.
        router.routeWithRegex(HttpMethod.GET, "/site").order(-99).handler(ctx -> ctx.redirect("/site/"));
        router.routeWithRegex(HttpMethod.GET, "/site/(articles|posts|sections|tags|authors|preview)/[^/]+")
                .order(-98).handler(ctx -> ctx.reroute(SHELL));
        router.routeWithRegex(HttpMethod.HEAD, "/site/(articles|posts|sections|tags|authors|preview)/[^/]+")
                .order(-98).handler(ctx -> ctx.reroute(SHELL));
    }

    void ignoreStartup(@Observes StartupEvent event) {
        // Keeps this bean eagerly created so the router observer always runs.
    }

    private void securityHeaders(RoutingContext ctx) {
        ctx.response().headers()
                .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.next();
    }
}
