package dev.byline.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.common.error.DatabaseFailures;
import dev.byline.common.error.Problem;
import dev.byline.common.error.ProblemType;
import dev.byline.common.error.Problems;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Problem+json for what never reaches a JAX-RS resource: paths no route serves, and failures
 * raised by the HTTP layer itself.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);

    @Inject
    ObjectMapper mapper;

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE - 10).handler(this::notFound);
        router.route().failureHandler(this::failure);
        // Failures the router raises before any route runs (e.g. a path it cannot parse).
        for (int status : new int[] {400, 404, 405, 406, 413, 414, 415, 431, 500, 501, 502, 503}) {
            router.errorHandler(status, this::failure);
        }
    }

    void ignoreStartup(@Observes StartupEvent event) {
        // Keeps this bean eagerly created so the router observer always runs.
    }

    private void notFound(RoutingContext ctx) {
        write(ctx, ProblemType.NOT_FOUND, 404, "No resource at " + ctx.request().path());
    }

    private void failure(RoutingContext ctx) {
        if (ctx.failure() != null && DatabaseFailures.isUnavailable(ctx.failure())) {
            write(ctx, ProblemType.SERVICE_UNAVAILABLE, 503, "The database is unavailable; try again shortly",
                    java.util.Map.of("Retry-After", "5"));
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(ctx.failure(), "Failure in the HTTP layer while serving %s", ctx.request().path());
        }
        ProblemType type = ProblemType.forStatus(status);
        write(ctx, type, status, status >= 500 ? "An unexpected error occurred" : type.title());
    }

    void write(RoutingContext ctx, ProblemType type, int status, String detail) {
        write(ctx, type, status, detail, java.util.Map.of());
    }

    void write(RoutingContext ctx, ProblemType type, int status, String detail, java.util.Map<String, String> headers) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        headers.forEach(ctx.response()::putHeader);
        Problem problem = Problems.problem(type, detail, ctx.request().path(), null, null);
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(mapper.writeValueAsString(status == type.status() ? problem
                            : new Problem(problem.type(), problem.title(), status, detail, problem.instance(),
                                    null, null)));
        } catch (Exception e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
