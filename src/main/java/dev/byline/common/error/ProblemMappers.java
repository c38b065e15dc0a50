package dev.byline.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where every failure becomes RFC 9457 problem+json. Nothing internal (class
 * names, SQL, stack traces) ever reaches the body; a 500 carries a correlation id that is
 * also in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return Problems.response(e, path(uri));
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        return Problems.response(Violations.toApiException(e), path(uri));
    }

    @ServerExceptionMapper
    public Response restViolations(ResteasyReactiveViolationException e, UriInfo uri) {
        boolean ourFault = e.getConstraintViolations().stream()
                .anyMatch(v -> java.util.stream.StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                        .anyMatch(n -> n.getKind() == jakarta.validation.ElementKind.RETURN_VALUE));
        if (ourFault) {
            return internal(e, uri);
        }
        return violations(e, uri);
    }

    // Every Jackson type by name on purpose: Quarkus registers built-in mappers for some of
    // them (e.g. MismatchedInputException), and the mapper for the closest type wins.
    @ServerExceptionMapper({UnrecognizedPropertyException.class, MismatchedInputException.class,
            InvalidFormatException.class, ValueInstantiationException.class, JsonMappingException.class,
            JsonParseException.class, JsonProcessingException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        return Problems.response(JsonProblems.toApiException(e), path(uri));
    }

    /** 401 without a usable token, 403 when the role does not allow the operation. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            ForbiddenException.class})
    public Response security(RuntimeException e, UriInfo uri) {
        if (e instanceof ForbiddenException) {
            return Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this", path(uri));
        }
        return Problems.response(ProblemType.UNAUTHORIZED, e instanceof AuthenticationFailedException
                ? "The bearer token is missing, invalid, expired or revoked"
                : "A valid bearer token is required", path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        ApiException fromCause = JsonProblems.fromCause(e);
        if (fromCause != null) {
            return Problems.response(fromCause, path(uri));
        }
        if (e.getCause() instanceof ApiException refused) {
            // A parameter converter refused a value (InstantParams, …): its 400 names the parameter.
            return Problems.response(refused, path(uri));
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if ((status == 404 || status == 400) && isConversionFailure(e.getCause())) {
            return Problems.response(ApiException.badRequest(
                    "A path or query parameter has a value of the wrong type (" + e.getCause().getMessage() + ")"),
                    path(uri));
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "This resource does not answer that method";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "Send a body with Content-Type: application/json";
            default -> ProblemType.reason(status);
        };
        Map<String, String> headers = e.getResponse().getHeaderString("Allow") == null
                ? Map.of()
                : Map.of("Allow", e.getResponse().getHeaderString("Allow"));
        return Problems.response(type, status, detail, path(uri), null, null, headers);
    }

    @ServerExceptionMapper
    public Response any(Throwable e, UriInfo uri) {
        return internal(e, uri);
    }

    private Response internal(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("Database unavailable while serving %s: %s", path(uri), e.toString());
            return Problems.response(ProblemType.SERVICE_UNAVAILABLE, 503,
                    "The database is unavailable; try again shortly", path(uri), null, null,
                    Map.of("Retry-After", "5"));
        }
        if (hasCause(e, java.time.DateTimeException.class)) {
            return Problems.response(ApiException.badRequest("A timestamp is out of the supported range"), path(uri));
        }
        ApiException constraint = DatabaseFailures.asClientError(e);
        if (constraint != null) {
            return Problems.response(constraint, path(uri));
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled failure %s while serving %s", correlationId, path(uri));
        return Problems.response(ProblemType.INTERNAL, 500,
                "An unexpected error occurred; quote the correlation id when reporting it", path(uri),
                null, Map.of("correlationId", correlationId), Map.of());
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** JAX-RS answers 404 when a path or query parameter cannot be converted; the client sent bad input. */
    private static boolean isConversionFailure(Throwable cause) {
        return cause instanceof IllegalArgumentException || cause instanceof java.time.DateTimeException;
    }

    private static String path(UriInfo uri) {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException unparsable) {
            return null;
        }
    }

    static List<FieldError> single(String field, String message) {
        return List.of(new FieldError(field, message));
    }
}
