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
     * Every value the parameter names, stripped and in order. An empty piece comes back as
     * {@code ""} wherever it stands ({@code status=,}, {@code status=a,} and {@code status=,a}
     * alike), for the caller to refuse or skip. None when the parameter is absent (REST reads a
     * bare {@code status=} as absent too).
     */
    public static List<String> parts(List<String> params) {
        if (params == null) {
            return List.of();
        }
        // -1 keeps trailing empty pieces, which split would otherwise drop: "a," is "a" and "".
        return params.stream().flatMap(param -> Arrays.stream(param.split(",", -1))).map(String::strip).toList();
    }
}
