package dev.byline.content.revision;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.byline.common.persistence.LowerCaseEnumConverter;
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
    public static class DbConverter extends LowerCaseEnumConverter<RevisionAction> {
        public DbConverter() {
            super(RevisionAction.class);
        }
    }
}
