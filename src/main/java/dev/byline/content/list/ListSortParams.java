package dev.byline.content.list;

import dev.byline.common.web.TypedParams;
import jakarta.ws.rs.ext.Provider;

/** {@code sort=} typed as a {@link ContentSort}: an unknown order is a 400 on {@code sort}. */
@Provider
public class ListSortParams extends TypedParams<ContentSort> {

    public ListSortParams() {
        super(ContentSort.class, (value, field) -> ContentSort.of(value), ContentSort::param);
    }
}
