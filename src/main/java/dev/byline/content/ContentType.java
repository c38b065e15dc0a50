package dev.byline.content;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.byline.common.error.ApiException;
import java.util.Locale;

/** The two content types, which share one model and one set of rules. */
public enum ContentType {
    ARTICLE("articles", "Article"), POST("posts", "Post");

    private final String collection;
    private final String displayName;

    ContentType(String collection, String displayName) {
        this.collection = collection;
        this.displayName = displayName;
    }

    /** {@code Article} or {@code Post}, as problem details name the type. */
    public String displayName() {
        return displayName;
    }

    /** The 404 for an item of this type that does not exist or that the caller may not see. */
    public ApiException notFound(String key) {
        return ApiException.notFound(displayName + " " + key);
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
