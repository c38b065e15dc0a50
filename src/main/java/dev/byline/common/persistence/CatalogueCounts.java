package dev.byline.common.persistence;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The counts of public content that sections, tags and authors show with their entries.
 * Declared here for {@link SluggedCatalogue}, implemented by the content package, so no
 * catalogue reaches into content's tables.
 */
public interface CatalogueCounts {

    /** The catalogues that show counts, and how a 404 names their entries. */
    enum Catalogue {
        SECTION("Section"), TAG("Tag"), AUTHOR("Author");

        private final String noun;

        Catalogue(String noun) {
            this.noun = noun;
        }

        public String noun() {
            return noun;
        }
    }

    /** Counts by entry id, in one query; entries without public content are absent. */
    Map<UUID, PublicCounts> publicCounts(Catalogue catalogue, List<UUID> ids);
}
