package dev.byline.common.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.web.MergePatcher;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What sections, tags and authors share: a page in name order, one by id, one by slug (404
 * naming it), create, merge-patch and delete, the slug of a write chosen by the one allocator
 * before the entity changes, and views that show the public counts of a page looked up at once.
 * Each catalogue adds its own fields ({@link #apply}, {@link #current}), its views and, where
 * content depends on an entry, the rule that keeps it ({@link #checkDeletable}).
 *
 * @param <E> the entity
 * @param <V> its view
 * @param <R> its write request (create, and the model a merge patch applies to)
 */
public abstract class SluggedCatalogue<E extends SluggedEntity, V, R> {

    @Inject
    protected SlugAllocator slugs;

    @Inject
    protected MergePatcher patcher;

    @Inject
    CatalogueCounts publicCounts;

    private final CatalogueCounts.Catalogue catalogue;
    private final Supplier<E> factory;
    private final Class<R> requestType;

    /**
     * @param catalogue   which one this is (its counts, how a 404 names an entry)
     * @param factory     a new, empty entity
     * @param requestType the write request's type
     */
    protected SluggedCatalogue(CatalogueCounts.Catalogue catalogue, Supplier<E> factory, Class<R> requestType) {
        this.catalogue = catalogue;
        this.factory = factory;
        this.requestType = requestType;
    }

    protected abstract SluggedRepository<E> repository();

    /** Applies a write to the entity: its name and slug through {@link #applyNameAndSlug}, then its own fields. */
    protected abstract void apply(E entity, R request);

    /** The write request the entity's current state amounts to: what a merge patch is applied to. */
    protected abstract R current(E entity);

    protected abstract V view(E entity, PublicCounts counts);

    /** Refuses (409) to delete an entry content still depends on; nothing by default. */
    protected void checkDeletable(E entity) {
    }

    @Transactional
    public PageView<V> list(PageParams paging) {
        return new PageView<>(views(repository().page(paging.page(), paging.size())),
                PageMeta.of(paging.page(), paging.size(), repository().count(), null));
    }

    @Transactional
    public V get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public V getBySlug(String slug) {
        return view(repository().findBySlug(Slugs.normalize(slug))
                .orElseThrow(() -> ApiException.notFound(catalogue.noun() + " " + slug)));
    }

    @Transactional
    public V create(R request) {
        E entity = factory.get();
        apply(entity, request);
        repository().persist(entity);
        return view(entity);
    }

    @Transactional
    public V patch(UUID id, JsonNode patch) {
        E entity = find(id);
        apply(entity, patcher.apply(current(entity), patch, requestType));
        return view(entity);
    }

    @Transactional
    public void delete(UUID id) {
        E entity = find(id);
        checkDeletable(entity);
        repository().delete(entity);
    }

    protected E find(UUID id) {
        return repository().findByIdOptional(id).orElseThrow(() -> ApiException.notFound(catalogue.noun() + " " + id));
    }

    protected V view(E entity) {
        return views(List.of(entity)).get(0);
    }

    /** The views of a page of entries, their counts looked up in one query. */
    protected List<V> views(List<E> page) {
        Map<UUID, PublicCounts> counts = publicCounts.publicCounts(catalogue, page.stream().map(e -> e.id).toList());
        return page.stream().map(e -> view(e, counts.getOrDefault(e.id, PublicCounts.NONE))).toList();
    }

    /**
     * Sets name and slug from a write (an explicit slug, the current one, or one derived from
     * the name) and stamps the times; the slug is allocated before anything changes.
     */
    protected void applyNameAndSlug(E entity, String name, String explicitSlug, String scope, String fallback) {
        String slug = slugs.allocate(scope, explicitSlug, entity.slug, name, fallback,
                candidate -> repository().slugTaken(candidate, entity.id));
        entity.name = name.strip();
        entity.slug = slug;
        entity.updatedAt = Times.now();
        if (entity.createdAt == null) {
            entity.createdAt = entity.updatedAt;
        }
    }
}
