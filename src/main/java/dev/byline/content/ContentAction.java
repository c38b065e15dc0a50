package dev.byline.content;

import java.util.Locale;

/** What a write did to an item, as integrators see it: the {@code <type>.<action>} events. */
public enum ContentAction {
    PUBLISHED, UPDATED, UNPUBLISHED, DELETED;

    /** The event name's second half: {@code published}, {@code updated}… */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action a write was, from whether the item was public before and is public after it. */
    public static ContentAction of(boolean wasPublic, boolean isPublic) {
        return !wasPublic && isPublic ? PUBLISHED : wasPublic && !isPublic ? UNPUBLISHED : UPDATED;
    }
}
