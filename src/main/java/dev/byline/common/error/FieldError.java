package dev.byline.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request, named by its JSON path (e.g. {@code authors[1]}). */
@Schema(name = "FieldError", description = "One invalid field of the request.")
public record FieldError(
        @Schema(examples = "title") String field,
        @Schema(examples = "must not be blank") String message) {
}
