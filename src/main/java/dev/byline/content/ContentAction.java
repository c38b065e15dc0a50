package dev.byline.content;

import dev.byline.common.events.EventName;

/** What a write did to an item, as integrators see it: the {@code <type>.<action>} events. */
public enum ContentAction {
    PUBLISHED, UPDATED, UNPUBLISHED, DELETED;

    /** The event integrators see when an item of the type had this action. */
    public EventName event(ContentType type) {
        return switch (type) {
            case ARTICLE -> switch (this) {
                case PUBLISHED -> EventName.ARTICLE_PUBLISHED;
                case UPDATED -> EventName.ARTICLE_UPDATED;
                case UNPUBLISHED -> EventName.ARTICLE_UNPUBLISHED;
                case DELETED -> EventName.ARTICLE_DELETED;
            };
            case POST -> switch (this) {
                case PUBLISHED -> EventName.POST_PUBLISHED;
                case UPDATED -> EventName.POST_UPDATED;
                case UNPUBLISHED -> EventName.POST_UNPUBLISHED;
                case DELETED -> EventName.POST_DELETED;
            };
        };
    }

    /** The action a write was, from whether the item was public before and is public after it. */
    public static ContentAction of(boolean wasPublic, boolean isPublic) {
        return !wasPublic && isPublic ? PUBLISHED : wasPublic && !isPublic ? UNPUBLISHED : UPDATED;
    }
}
