package dev.byline.content;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the content enums by their API names ({@code article}, {@code published}). */
final class EnumConverters {

    private EnumConverters() {
    }

    @Converter(autoApply = true)
    public static class TypeConverter implements AttributeConverter<ContentType, String> {
        @Override
        public String convertToDatabaseColumn(ContentType type) {
            return type == null ? null : type.value();
        }

        @Override
        public ContentType convertToEntityAttribute(String value) {
            return value == null ? null : ContentType.of(value);
        }
    }

    @Converter(autoApply = true)
    public static class StatusConverter implements AttributeConverter<ContentStatus, String> {
        @Override
        public String convertToDatabaseColumn(ContentStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public ContentStatus convertToEntityAttribute(String value) {
            return value == null ? null : ContentStatus.of(value);
        }
    }
}
