package dev.byline.content.web;

import dev.byline.common.web.FieldSelection;
import dev.byline.content.ItemIncludes;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters that shape one article or post, by id or by slug: include= and fields=. */
public class ItemReadParams {

    @Parameter(description = "Comma list of what to add: authors (full author objects in place of the "
            + "references), comments (the first page of approved comments as {data, meta}), recent (the sidebar, "
            + "6 entries)")
    @QueryParam("include")
    String include;

    @Parameter(description = "Comma list of fields to return (id, and anything included, always kept)")
    @QueryParam("fields")
    String fields;

    /** What to add and keep (a bad value is a 400 naming it); null when the plain view is asked for. */
    Expansion expansion() {
        Set<ItemIncludes.Include> includes = ItemIncludes.parse(include, false);
        FieldSelection selection = ContentFields.parse(fields);
        return includes.isEmpty() && selection == null ? null : new Expansion(includes, selection);
    }

    /** The objects to add to an item and the fields to keep (null: all). */
    record Expansion(Set<ItemIncludes.Include> includes, FieldSelection selection) {
    }
}
