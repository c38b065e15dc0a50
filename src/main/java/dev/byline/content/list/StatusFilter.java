package dev.byline.content.list;

import dev.byline.common.web.CommaSeparated;
import dev.byline.content.ContentStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code status=} asks for (comma lists, repeatable; {@code any} for all). Read leniently:
 * only token holders may filter by status, so a value nobody may use is an error only for them.
 *
 * @param statuses the statuses named; empty when none was
 * @param invalid  whether a value was not a status
 */
public record StatusFilter(Set<ContentStatus> statuses, boolean invalid) {

    public static final StatusFilter NONE = new StatusFilter(Set.of(), false);

    public static StatusFilter of(List<String> values) {
        if (values == null || values.isEmpty()) {
            return NONE;
        }
        Set<ContentStatus> statuses = EnumSet.noneOf(ContentStatus.class);
        boolean invalid = false;
        for (String value : CommaSeparated.parts(values)) {
            if (value.equals("any")) {
                statuses.addAll(EnumSet.allOf(ContentStatus.class));
                continue;
            }
            try {
                statuses.add(ContentStatus.of(value));
            } catch (IllegalArgumentException e) {
                invalid = true;
            }
        }
        return new StatusFilter(Set.copyOf(statuses), invalid);
    }

    public boolean isEmpty() {
        return statuses.isEmpty() && !invalid;
    }
}
