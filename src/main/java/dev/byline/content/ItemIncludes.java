package dev.byline.content;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.error.ApiException;
import dev.byline.common.web.SurrogateKeys;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code include=} (API.md §12): what a page needs besides the item, in the same answer. Content
 * declares what it asks for; the features that own the data (authors, comments) answer it,
 * so content imports neither. Each include costs a fixed number of statements, whatever the
 * number of authors or comments.
 */
public interface ItemIncludes {

    enum Include {
        AUTHORS, COMMENTS, RECENT;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The includes a request names; unknown names, and on lists anything but authors, are 400. */
    static Set<Include> parse(String include, boolean list) {
        Set<Include> includes = EnumSet.noneOf(Include.class);
        if (include == null || include.isBlank()) {
            return includes;
        }
        for (String part : include.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            Include found = List.of(Include.values()).stream().filter(i -> i.value().equals(name)).findFirst()
                    .orElseThrow(() -> ApiException.invalid("include", "unknown include '" + name
                            + "'; one of " + (list ? "authors" : "authors, comments, recent")));
            if (list && found != Include.AUTHORS) {
                throw ApiException.invalid("include", "lists include authors only, not '" + name + "'");
            }
            includes.add(found);
        }
        return includes;
    }

    /**
     * Adds to one item's JSON what the includes name: full {@code authors} in place of the
     * references, {@code comments} ({@code {data, meta}}, the first page of approved comments)
     * and {@code recent} (the sidebar), with the surrogate keys they depend on.
     */
    void addTo(ObjectNode item, ContentView view, Set<Include> includes, Optional<AuthenticatedUser> caller,
            SurrogateKeys keys);

    /** Replaces the author references of every listed item with full authors (one lookup for the page). */
    void addAuthorsTo(List<ObjectNode> items, SurrogateKeys keys);
}
