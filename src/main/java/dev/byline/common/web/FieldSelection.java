package dev.byline.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.error.ApiException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A {@code fields=} projection (a comma list of member names, {@code id} always kept), applied
 * at the edge to a view already made: services build whole views, clients get the members they
 * named. Unknown names are a 400 on {@code fields}.
 */
public record FieldSelection(Set<String> names) {

    /** The selection a request names, or null when it names none (the whole view). */
    public static FieldSelection parse(String fields, Set<String> known) {
        if (fields == null || fields.isBlank()) {
            return null;
        }
        Set<String> selected = new LinkedHashSet<>();
        selected.add("id");
        for (String field : fields.split(",")) {
            String name = field.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                throw ApiException.invalid("fields", "unknown field '" + name + "'");
            }
            selected.add(name);
        }
        return new FieldSelection(Set.copyOf(selected));
    }

    public boolean namesAny(Collection<String> candidates) {
        return candidates.stream().anyMatch(names::contains);
    }

    /** The selection plus these members (what an include adds is kept whatever fields= names). */
    public FieldSelection with(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(names);
        all.addAll(more);
        return new FieldSelection(Set.copyOf(all));
    }

    /** The view as JSON with only the selected members. */
    public ObjectNode apply(Object view, ObjectMapper mapper) {
        ObjectNode node = view instanceof ObjectNode given ? given : mapper.valueToTree(view);
        node.retain(names);
        return node;
    }
}
