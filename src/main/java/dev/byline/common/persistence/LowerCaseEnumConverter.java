package dev.byline.common.persistence;

import jakarta.persistence.AttributeConverter;
import java.util.Locale;

/**
 * Stores an enum by its API name: the constant in lower case, {@code _} as {@code -}
 * ({@code PUBLISHED} as {@code published}, {@code SCHEDULED_PUBLISH} as {@code scheduled-publish}).
 * Each enum declares a one-line {@code @Converter(autoApply = true)} subclass.
 */
public abstract class LowerCaseEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowerCaseEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
