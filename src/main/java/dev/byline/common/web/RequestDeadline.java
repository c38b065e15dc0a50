package dev.byline.common.web;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ProblemType;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The last line of API.md §10's bound: a request that has not begun to answer within
 * {@code byline.database.timeout} gets 503 problem+json, whichever wait inside the platform
 * (pool, driver, transaction manager) failed to give up in time. The driver, pool and
 * transaction timeouts ({@link dev.byline.common.config.DatabaseTimeouts}) normally answer
 * first; the transaction timeout is shorter than this deadline, so a transaction still open
 * when it fires has been rolled back and cannot commit afterwards.
 *
 * <p>Not applied to {@code /q/*} (readiness says DOWN in its own format) nor to uploads: bodies
 * larger than the JSON limit or that are not JSON at all (media, import files), which may take
 * longer than the bound to arrive on a slow link and are stored as long work
 * ({@code LongWork}). Answers that have begun (an export streaming) are not cut either.
 */
@ApplicationScoped
public class RequestDeadline {

    @Inject
    Vertx vertx;

    @Inject
    BylineConfig config;

    @Inject
    ProblemRoutes problems;

    void register(@Observes Router router) {
        router.route().order(RequestGate.ORDER + 1).handler(this::arm);
    }

    void arm(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path == null || path.startsWith("/q/") || declaredLength(ctx) > config.http().maxBodyBytes()
                || isUpload(ctx)) {
            ctx.next();
            return;
        }
        long bound = config.database().timeout().toMillis();
        long timer = vertx.setTimer(bound, id -> expire(ctx, bound));
        ctx.addEndHandler(done -> vertx.cancelTimer(timer));
        ctx.next();
    }

    /** A body that is not JSON: a file. */
    private static boolean isUpload(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return false;
        }
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return !(mediaType.equals("application/json") || mediaType.endsWith("+json"));
    }

    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void expire(RoutingContext ctx, long bound) {
        if (ctx.response().ended() || ctx.response().headWritten() || ctx.response().closed()) {
            return;
        }
        try {
            problems.write(ctx, ProblemType.SERVICE_UNAVAILABLE, 503,
                    "The request could not be completed within " + bound + " ms; the database is slow or "
                            + "unavailable. Read before retrying a write.",
                    Map.of("Retry-After", "5"));
        } catch (IllegalStateException answeredMeanwhile) {
            // the request answered at the same moment
        }
    }
}
