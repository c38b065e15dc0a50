package dev.byline.common.web;

import dev.byline.common.error.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first thing every request passes, before the platform's own handlers could answer
 * it with an empty body: what the request line and headers alone decide, each as a
 * problem. A URI that does not parse is 400; a URI over 8 KiB is 414; headers over 32 KiB are 431 (the HTTP parser itself
 * is set to twice as much and answers above that, without a body); a declared body over the
 * server's hard limit is 413 before any byte of it is read; a body without a Content-Type
 * is 415 (API.md §1: no other site can make a browser send one).
 */
@ApplicationScoped
public class RequestGate {

    /** Before Quarkus' upload limit (order -2), which would answer 413 with no body. */
    static final int ORDER = -3;
    static final int MAX_URI_CHARS = 8 * 1024;
    static final int MAX_HEADER_BYTES = 32 * 1024;
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Inject
    ProblemRoutes problems;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > MAX_URI_CHARS) {
            refuse(ctx, 414, "The URI is longer than " + MAX_URI_CHARS + " characters");
            return;
        }
        if (!parses(request.uri())) {
            refuse(ctx, 400, "The request URI is not valid (RFC 3986); percent-encode characters such as "
                    + "{ } | ^ and spaces");
            return;
        }
        if (headerBytes(request) > MAX_HEADER_BYTES) {
            refuse(ctx, 431, "The request headers are larger than " + MAX_HEADER_BYTES + " bytes");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared = parseLength(length);
        if (declared < -1) {
            refuse(ctx, 400, "Content-Length is not a number");
            return;
        }
        if (maxBodySize.isPresent() && declared > maxBodySize.get().asLongValue()) {
            refuse(ctx, 413, "The body is larger than " + maxBodySize.get().asLongValue() + " bytes");
            return;
        }
        boolean hasBody = declared > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (hasBody && BODY_METHODS.contains(request.method()) && blank(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            problems.write(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, 415,
                    "Send the body with Content-Type: application/json", Map.of());
            return;
        }
        ctx.next();
    }

    /** Answers and closes: the rest of the request (a body, perhaps huge) is not read. */
    private void refuse(RoutingContext ctx, int status, String detail) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.write(ctx, ProblemType.forStatus(status), status, detail, Map.of());
    }

    /** What Quarkus' own check (switched off by {@link UriValidationInGate}) tested. */
    private static boolean parses(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    /** -1 when absent, below -1 when not a number. */
    private static long parseLength(String value) {
        if (value == null) {
            return -1;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            return parsed < 0 ? -2 : parsed;
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
