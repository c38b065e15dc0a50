package dev.byline.common.web;

import dev.byline.common.error.ApiException;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters typed {@link Instant}: ISO-8601 timestamps, blank meaning absent. */
@Provider
public class InstantParams extends TypedParams<Instant> {

    public InstantParams() {
        super(Instant.class, InstantParams::parse, Instant::toString);
    }

    private static Instant parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be an ISO-8601 timestamp such as 2026-11-26T20:45:33Z");
        }
    }
}
