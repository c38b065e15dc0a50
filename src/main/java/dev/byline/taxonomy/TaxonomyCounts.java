package dev.byline.taxonomy;

import java.util.UUID;

/**
 * What taxonomy asks of content to keep sections whole. Declared here, implemented by the content
 * package, so taxonomy never reaches into content's tables (the public counts sections and tags
 * show come through {@code CatalogueCounts}).
 */
public interface TaxonomyCounts {

    /** How many items of any status the section holds (a section with content cannot go). */
    long itemsInSection(UUID sectionId);
}
