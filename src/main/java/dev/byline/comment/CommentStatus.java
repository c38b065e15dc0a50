package dev.byline.comment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.byline.common.persistence.LowerCaseEnumConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Where a comment is in moderation. Only {@code approved} comments are public. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CommentStatus of(String value) {
        for (CommentStatus status : values()) {
            if (status.value().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("must be one of pending, approved, spam, trash");
    }

    @Override
    public String toString() {
        return value();
    }

    /** Stores the status by its API name. */
    @Converter(autoApply = true)
    public static class StatusConverter extends LowerCaseEnumConverter<CommentStatus> {
        public StatusConverter() {
            super(CommentStatus.class);
        }
    }
}
