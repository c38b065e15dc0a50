package dev.byline.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    }

    void ignoreStartup(@Observes StartupEvent event) {
        // Keeps this bean eagerly created so the router observer always runs.
    }

    private void notFound(RoutingContext ctx) {
        write(ctx, ProblemType.NOT_FOUND, 404, "No resource at " + ctx.request().path());
    }

    private void failure(RoutingContext ctx) {
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(ctx.failure(), "Failure in the HTTP layer while serving %s", ctx.request().path());
        }
        ProblemType type = ProblemType.forStatus(status);
        write(ctx, type, status, status >= 500 ? "An unexpected error occurred" : type.title());
    }

    void write(RoutingContext ctx, ProblemType type, int status, String detail) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
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
