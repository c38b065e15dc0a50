package dev.byline.author;

import dev.byline.common.persistence.PublicCounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The counts of public content that authors show. Declared here, implemented by the content
 * package, so author never reaches into content's tables.
 */
public interface AuthorCounts {

    /** How many items of any status carry the author's byline (an author with bylines cannot go). */
    long itemsByAuthor(UUID authorId);

    /** Counts by author id; authors without public content are absent. */
    Map<UUID, PublicCounts> byAuthor(List<UUID> authorIds);
}
