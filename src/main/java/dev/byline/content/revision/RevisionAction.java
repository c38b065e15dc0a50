package dev.byline.content.revision;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What kind of write made a revision. */
public enum RevisionAction {
    CREATE("create"), UPDATE("update"), RESTORE("restore"), SCHEDULED_PUBLISH("scheduled-publish");

    private final String value;

    RevisionAction(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<RevisionAction, String> {
        @Override
        public String convertToDatabaseColumn(RevisionAction action) {
            return action == null ? null : action.value;
        }

        @Override
        public RevisionAction convertToEntityAttribute(String value) {
            for (RevisionAction action : values()) {
                if (action.value.equals(value)) {
                    return action;
                }
            }
            throw new IllegalArgumentException("unknown revision action " + value);
        }
    }
}
