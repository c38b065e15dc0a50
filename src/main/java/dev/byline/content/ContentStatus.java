package dev.byline.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an item is in the editorial workflow. Only {@code published} items are public. */
public enum ContentStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ContentStatus of(String value) {
        for (ContentStatus status : values()) {
            if (status.value().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("must be one of draft, scheduled, published, archived");
    }

    @Override
    public String toString() {
        return value();
    }
}
