package dev.byline.content;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two content types, which share one model and one set of rules. */
public enum ContentType {
    ARTICLE("articles"), POST("posts");

    private final String collection;

    ContentType(String collection) {
        this.collection = collection;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The collection path segment: {@code articles} or {@code posts}. */
    public String collection() {
        return collection;
    }

    /** Articles carry a dateline and a standfirst, and may have several authors. */
    public boolean isArticle() {
        return this == ARTICLE;
    }

    public static ContentType of(String value) {
        for (ContentType type : values()) {
            if (type.value().equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown content type " + value);
    }

    @Override
    public String toString() {
        return value();
    }
}
