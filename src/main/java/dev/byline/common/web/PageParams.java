package dev.byline.common.web;

import dev.byline.common.error.ApiException;
import dev.byline.common.error.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Validated page and size query parameters (page from 1; size 1 to 100, default 20). */
public record PageParams(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageParams of(Integer page, Integer size) {
        List<FieldError> errors = new ArrayList<>();
        if (page != null && page < 1) {
            errors.add(new FieldError("page", "must be greater than or equal to 1"));
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (errors.isEmpty() && page != null
                && (long) (page - 1) * (size == null ? DEFAULT_SIZE : size) > Integer.MAX_VALUE) {
            // The offset would overflow (and reach the database as a negative number).
            errors.add(new FieldError("page", "is too large"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new PageParams(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
