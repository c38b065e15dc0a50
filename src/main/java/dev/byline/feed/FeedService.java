package dev.byline.feed;

import dev.byline.common.web.Permalinks;
import dev.byline.content.ContentMapper;
import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.Slugs;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.SurrogateKeys;
import dev.byline.content.ContentCacheKeys;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentItemRepository;
import dev.byline.content.ContentType;
import dev.byline.taxonomy.Section;
import dev.byline.taxonomy.SectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The feeds' content: the {@value #SIZE} newest published articles and posts together, for
 * the whole site or one section (with its subsections, as the lists' {@code section=} filter).
 * Three statements: the items with their sections, then their authors, then their tags.
 */
@ApplicationScoped
public class FeedService {

    public static final int SIZE = 20;

    @Inject
    ContentItemRepository items;

    @Inject
    SectionRepository sections;

    @Inject
    BylineConfig config;

    @Inject
    Permalinks permalinks;

    /** A feed and the surrogate keys of what it shows. */
    public record Built(Feed feed, SurrogateKeys keys) {
    }

    @Transactional
    public Built site(String feedPath) {
        BylineConfig.Site site = config.site();
        SurrogateKeys keys = listKeys();
        return new Built(new Feed(site.title(), permalinks.onSite("/"), permalinks.onSite(feedPath),
                site.description(), site.language().orElse(null), entries(null, keys)), keys);
    }

    @Transactional
    public Built section(String slug) {
        String normalized = Slugs.normalize(slug);
        Section section = (Slugs.isValid(normalized) ? sections.findBySlug(normalized) : Optional.<Section>empty())
                .orElseThrow(() -> ApiException.notFound("Section " + slug));
        BylineConfig.Site site = config.site();
        String description = section.description == null || section.description.isBlank()
                ? site.description() : section.description;
        SurrogateKeys keys = listKeys().add("section", section.slug);
        return new Built(new Feed(site.title() + " – " + section.name, permalinks.section(section.slug),
                permalinks.onSite("/sections/" + Permalinks.segment(section.slug) + "/feed.xml"),
                description, site.language().orElse(null), entries(sections.withDescendants(section.id), keys)),
                keys);
    }

    /** Any publish may change a feed: it is purged with the lists of both types and "recent". */
    private static SurrogateKeys listKeys() {
        return SurrogateKeys.of(ContentCacheKeys.list(ContentType.ARTICLE), ContentCacheKeys.list(ContentType.POST),
                ContentCacheKeys.RECENT);
    }

    private List<FeedEntry> entries(Set<UUID> sectionIds, SurrogateKeys keys) {
        List<ContentItem> newest = items.recent(sectionIds, Times.now(), SIZE);
        items.loadCollections(newest);
        newest.forEach(item -> ContentCacheKeys.addItem(keys, item, true));
        return newest.stream().map(item -> new FeedEntry(item.id, ContentMapper.url(item, permalinks), item.title,
                item.excerpt, item.bodyHtml, item.publishedAt, item.updatedAt,
                item.section == null ? null : item.section.name,
                item.authors.stream().map(a -> a.name).toList(),
                item.tags.stream().sorted(Comparator.comparing(t -> t.slug)).map(t -> t.name).toList())).toList();
    }
}
