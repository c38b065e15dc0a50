package dev.byline.author;

import java.util.UUID;

/**
 * What author asks of content to keep bylines whole. Declared here, implemented by the content
 * package, so author never reaches into content's tables (the public counts authors show come
 * through {@code CatalogueCounts}).
 */
public interface AuthorCounts {

    /** How many items of any status carry the author's byline (an author with bylines cannot go). */
    long itemsByAuthor(UUID authorId);
}
