package dev.byline.common.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The events integrators may subscribe to (API.md §8), in the order the API lists them. Every
 * {@link DomainEvent} names one, so an event no webhook could subscribe to cannot be fired.
 */
public enum EventName {
    ARTICLE_PUBLISHED, ARTICLE_UPDATED, ARTICLE_UNPUBLISHED, ARTICLE_DELETED,
    POST_PUBLISHED, POST_UPDATED, POST_UNPUBLISHED, POST_DELETED,
    COMMENT_CREATED, COMMENT_APPROVED,
    MEDIA_CREATED, MEDIA_DELETED;

    private final String value = name().toLowerCase(Locale.ROOT).replace('_', '.');

    /** The name on the wire: {@code article.published}, the subject type, a dot, what happened. */
    public String value() {
        return value;
    }

    /** What the event is about: {@code article}, {@code post}, {@code comment} or {@code media}. */
    public String subjectType() {
        return value.substring(0, value.indexOf('.'));
    }

    /** The event a wire name names, if any. */
    public static Optional<EventName> of(String value) {
        return Arrays.stream(values()).filter(name -> name.value().equals(value)).findFirst();
    }
}
