package dev.byline.common.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem+json answers; the only place that knows how a problem response looks. */
public final class Problems {

    private Problems() {
    }

    public static Problem problem(ProblemType type, String detail, String instance,
            List<FieldError> errors, Map<String, Object> extensions) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors, extensions);
    }

    public static Response response(ProblemType type, int status, String detail, String instance,
            List<FieldError> errors, Map<String, Object> extensions, Map<String, String> headers) {
        Problem body = new Problem(type.uri(), type.title(), status, detail, instance, errors, extensions);
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(body);
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"byline\"");
        }
        headers.forEach(builder::header);
        return builder.build();
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, type.status(), detail, instance, null, null, Map.of());
    }

    public static Response response(ApiException e, String instance) {
        return response(e.type(), e.type().status(), e.getMessage(), instance, e.errors(),
                e.extensions(), e.headers());
    }
}
