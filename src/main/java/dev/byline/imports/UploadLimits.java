package dev.byline.imports;

import dev.byline.common.web.Api;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Import files may be far larger than the server-wide body limit ({@code quarkus.http.limits.max-body-size},
 * which keeps every other endpoint's bodies small): on POST /imports alone, the limit becomes
 * {@code byline.imports.max-bytes}. The body is streamed to the database as it arrives, so the
 * larger limit costs no memory. A declared length over it is refused at once as a problem.
 */
@ApplicationScoped
public class UploadLimits {

    /** The routing-context key under which Quarkus keeps the body limit of requests without a length. */
    static final String QUARKUS_REQUEST_LIMIT = "io.quarkus.max-request-size";

    /** Quarkus checks a declared length against the server-wide limit at this route order. */
    static final int QUARKUS_LIMIT_ORDER = -2;

    @Inject
    ImportsConfig config;

    void routes(@Observes Router router) {
        String path = Api.BASE + "/imports";
        // Before the request gate (order -3), whose own 413 holds every other body to the server-wide limit.
        router.post(path).order(QUARKUS_LIMIT_ORDER - 2).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (declared != null && type != null && !type.isBlank()) {
                long length;
                try {
                    length = Long.parseLong(declared.strip());
                } catch (NumberFormatException e) {
                    context.next();
                    return;
                }
                if (length > config.maxBytes()) {
                    String problem = "{\"type\":\"https://byline.dev/problems/payload-too-large\",\"title\":"
                            + "\"Payload too large\",\"status\":413,\"detail\":\"The file is larger than "
                            + config.maxBytes() + " bytes (byline.imports.max-bytes)\",\"instance\":\"" + path + "\"}";
                    context.response().setStatusCode(413)
                            .putHeader(HttpHeaders.CONTENT_TYPE, Api.PROBLEM_JSON)
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end(problem);
                    return;
                }
                // Past the gate's and Quarkus' own checks of the declared length; the limit below still holds.
                // (A body without a Content-Type keeps its length: the gate answers it 415.)
                context.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
            }
            context.next();
        });
        router.post(path).order(QUARKUS_LIMIT_ORDER + 1).handler(context -> {
            // One chunk of slack: the service's own count answers first, with a problem.
            context.put(QUARKUS_REQUEST_LIMIT, config.maxBytes() + ImportService.CHUNK_BYTES);
            context.next();
        });
    }
}
