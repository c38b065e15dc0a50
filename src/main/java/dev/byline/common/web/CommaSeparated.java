package dev.byline.common.web;

import java.util.Arrays;
import java.util.List;

/**
 * A query parameter that takes several values, repeated ({@code tag=a&tag=b}), comma-separated
 * ({@code tag=a,b}) or both.
 */
public final class CommaSeparated {

    private CommaSeparated() {
    }

    /**
     * Every value the parameter names, stripped and in order; an empty value ({@code status=})
     * comes back as {@code ""} for the caller to refuse or skip. None when the parameter is absent.
     */
    public static List<String> parts(List<String> params) {
        if (params == null) {
            return List.of();
        }
        return params.stream().flatMap(param -> Arrays.stream(param.split(","))).map(String::strip).toList();
    }
}
