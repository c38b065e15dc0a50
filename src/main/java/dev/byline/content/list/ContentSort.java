package dev.byline.content.list;

import dev.byline.common.error.ApiException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** List orders. Ties always break by id, in the same direction. */
public enum ContentSort {
    PUBLISHED_DESC("-publishedAt", "c.publishedAt", true),
    PUBLISHED_ASC("publishedAt", "c.publishedAt", false),
    UPDATED_DESC("-updatedAt", "c.updatedAt", true),
    UPDATED_ASC("updatedAt", "c.updatedAt", false),
    TITLE_ASC("title", "c.title", false),
    TITLE_DESC("-title", "c.title", true),
    RELEVANCE("relevance", null, true);

    private final String param;
    private final String field;
    private final boolean descending;

    ContentSort(String param, String field, boolean descending) {
        this.param = param;
        this.field = field;
        this.descending = descending;
    }

    public static ContentSort of(String param) {
        if (param == null || param.isBlank()) {
            return PUBLISHED_DESC;
        }
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst()
                .orElseThrow(() -> ApiException.invalid("sort", "must be one of " + Arrays.stream(values())
                        .map(s -> s.param).collect(Collectors.joining(", "))));
    }

    public String param() {
        return param;
    }

    /** The JPQL path sorted on. */
    public String field() {
        return field;
    }

    public boolean descending() {
        return descending;
    }

    public boolean isTimestamp() {
        return this != TITLE_ASC && this != TITLE_DESC && this != RELEVANCE;
    }
}
