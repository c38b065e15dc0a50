package dev.byline.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string Byline cannot keep as sent (an unpaired surrogate, a NUL): PostgreSQL would
 * store it changed or refuse it, so it is refused while reading, naming the field.
 */
public class InvalidTextException extends MismatchedInputException {

    private final String reason;

    public InvalidTextException(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
