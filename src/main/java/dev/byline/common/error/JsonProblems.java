package dev.byline.common.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Explains Jackson's failures to read a body in terms of the JSON the client sent. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static ApiException toApiException(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ApiException raisedWhileReading) {
                return raisedWhileReading;
            }
        }
        if (e instanceof MismatchedInputException trailing && trailing.getOriginalMessage() != null
                && trailing.getOriginalMessage().startsWith("Trailing token")) {
            JsonLocation at = e.getLocation();
            return ApiException.badRequest("The body has content after its JSON value"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return new ApiException(ProblemType.VALIDATION, "Unknown field '" + field + "'",
                    ProblemMappers.single(field, "unknown field"));
        }
        if (e instanceof InvalidTextException text) {
            return ApiException.invalid(pathOf(text), text.reason());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && !mismatch.getPath().isEmpty()) {
            String field = pathOf(mismatch);
            return ApiException.invalid(field, "must be " + describe(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            return ApiException.invalid(field, "has an invalid value");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return ApiException.badRequest("The body must be " + describe(mismatch.getTargetType()));
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return ApiException.badRequest("The body is not valid JSON" + where);
    }

    /** The problem hidden in a framework exception that wraps a Jackson failure, or null. */
    public static ApiException fromCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return toApiException(json);
            }
        }
        return null;
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 timestamp such as 2026-11-26T20:45:33Z";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString())
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return "an object";
    }
}
