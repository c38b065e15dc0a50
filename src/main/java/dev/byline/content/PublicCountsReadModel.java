package dev.byline.content;

import dev.byline.author.AuthorCounts;
import dev.byline.common.persistence.PublicCounts;
import dev.byline.common.persistence.Times;
import dev.byline.taxonomy.TaxonomyCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Content's answer to the counts taxonomy and author declare: one grouped query per page. */
@ApplicationScoped
public class PublicCountsReadModel implements TaxonomyCounts, AuthorCounts {

    @Inject
    ContentItemRepository items;

    @Override
    public Map<UUID, PublicCounts> bySection(List<UUID> sectionIds) {
        return items.publicCounts(ContentItemRepository.CountBy.SECTION, sectionIds, Times.now());
    }

    @Override
    public long itemsInSection(UUID sectionId) {
        return items.countInSection(sectionId);
    }

    @Override
    public Map<UUID, PublicCounts> byTag(List<UUID> tagIds) {
        return items.publicCounts(ContentItemRepository.CountBy.TAG, tagIds, Times.now());
    }

    @Override
    public long itemsByAuthor(UUID authorId) {
        return items.countByAuthor(authorId);
    }

    @Override
    public Map<UUID, PublicCounts> byAuthor(List<UUID> authorIds) {
        return items.publicCounts(ContentItemRepository.CountBy.AUTHOR, authorIds, Times.now());
    }
}
