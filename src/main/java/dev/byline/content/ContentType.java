package dev.byline.content;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.byline.common.error.ApiException;
import java.util.Locale;

/** The two content types, which share one model and one set of rules. */
public enum ContentType {
    /** Long-form news: several authors, a dateline and a standfirst. */
    ARTICLE("articles", "Article", false, true),
    /** Blog-style entries: exactly one author, no dateline or standfirst. */
    POST("posts", "Post", true, false);

    private final String collection;
    private final String displayName;
    private final boolean singleAuthor;
    private final boolean articleFields;

    ContentType(String collection, String displayName, boolean singleAuthor, boolean articleFields) {
        this.collection = collection;
        this.displayName = displayName;
        this.singleAuthor = singleAuthor;
        this.articleFields = articleFields;
    }

    /** Whether an item of this type has exactly one author. */
    public boolean singleAuthor() {
        return singleAuthor;
    }

    /** Whether the type carries a dateline and a standfirst (its views show them). */
    public boolean hasArticleFields() {
        return articleFields;
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
