package dev.byline.content;

import dev.byline.author.AuthorCounts;
import dev.byline.common.persistence.CatalogueCounts;
import dev.byline.common.persistence.PublicCounts;
import dev.byline.common.persistence.Times;
import dev.byline.taxonomy.TaxonomyCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Content's answer to what the catalogues ask of it: the public counts they show (one grouped
 * query per page) and whether an entry still holds content.
 */
@ApplicationScoped
public class PublicCountsReadModel implements CatalogueCounts, TaxonomyCounts, AuthorCounts {

    @Inject
    ContentItemRepository items;

    @Override
    public Map<UUID, PublicCounts> publicCounts(Catalogue catalogue, List<UUID> ids) {
        ContentItemRepository.CountBy by = switch (catalogue) {
            case SECTION -> ContentItemRepository.CountBy.SECTION;
            case TAG -> ContentItemRepository.CountBy.TAG;
            case AUTHOR -> ContentItemRepository.CountBy.AUTHOR;
        };
        return items.publicCounts(by, ids, Times.now());
    }

    @Override
    public long itemsInSection(UUID sectionId) {
        return items.countInSection(sectionId);
    }

    @Override
    public long itemsByAuthor(UUID authorId) {
        return items.countByAuthor(authorId);
    }
}
