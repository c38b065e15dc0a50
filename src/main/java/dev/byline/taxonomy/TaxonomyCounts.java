package dev.byline.taxonomy;

import dev.byline.common.persistence.PublicCounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The counts of public content that sections and tags show. Declared here, implemented by the
 * content package, so taxonomy never reaches into content's tables.
 */
public interface TaxonomyCounts {

    /** Counts by section id; sections without public content are absent. */
    Map<UUID, PublicCounts> bySection(List<UUID> sectionIds);

    /** How many items of any status the section holds (a section with content cannot go). */
    long itemsInSection(UUID sectionId);

    /** Counts by tag id; tags without public content are absent. */
    Map<UUID, PublicCounts> byTag(List<UUID> tagIds);
}
