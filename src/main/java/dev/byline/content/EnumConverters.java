package dev.byline.content;

import dev.byline.common.persistence.LowerCaseEnumConverter;
import jakarta.persistence.Converter;

/** Stores the content enums by their API names ({@code article}, {@code published}). */
final class EnumConverters {

    private EnumConverters() {
    }

    @Converter(autoApply = true)
    public static class TypeConverter extends LowerCaseEnumConverter<ContentType> {
        public TypeConverter() {
            super(ContentType.class);
        }
    }

    @Converter(autoApply = true)
    public static class StatusConverter extends LowerCaseEnumConverter<ContentStatus> {
        public StatusConverter() {
            super(ContentStatus.class);
        }
    }
}
