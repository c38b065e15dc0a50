package dev.byline.search;

import dev.byline.content.index.SearchText;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.common.web.SurrogateKeys;
import dev.byline.content.ContentCacheKeys;
import dev.byline.content.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;

/** Full-text search over published articles and posts (API.md §6). */
@ApplicationScoped
public class SearchService {

    @Inject
    SearchRepository repository;

    @Inject
    BylineConfig config;

    @Transactional
    public PageView<SearchHitView> search(SearchText text, Set<ContentType> types, PageParams paging) {
        String searchConfig = config.search().config();
        Instant now = Times.now();
        SearchRepository.Hits hits = repository.page(text, searchConfig, types, now, paging.offset(), paging.size());
        return new PageView<>(hits.page(), PageMeta.of(paging.page(), paging.size(), hits.total(), null));
    }

    /**
     * What a page of hits depends on: any publish or edit may change it, so the lists of both
     * types, and each hit's own key.
     */
    static SurrogateKeys keys(PageView<SearchHitView> hits) {
        SurrogateKeys keys = SurrogateKeys.of(ContentCacheKeys.list(ContentType.ARTICLE),
                ContentCacheKeys.list(ContentType.POST));
        hits.data().forEach(hit -> keys.add(ContentCacheKeys.item(hit.type(), hit.id())));
        return keys;
    }
}
