package dev.byline.comment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
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
    public static class StatusConverter implements AttributeConverter<CommentStatus, String> {
        @Override
        public String convertToDatabaseColumn(CommentStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public CommentStatus convertToEntityAttribute(String value) {
            return value == null ? null : CommentStatus.of(value);
        }
    }
}
