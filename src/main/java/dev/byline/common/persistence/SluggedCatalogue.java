package dev.byline.common.persistence;

import dev.byline.common.error.ApiException;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The reads and the slug rule that sections, tags and authors share: a page in name order,
 * one by id, one by slug (404 naming it), and the slug of a write chosen by the one allocator
 * before the entity changes. Each catalogue adds its own fields and its views.
 */
public abstract class SluggedCatalogue<E extends SluggedEntity, V> {

    @Inject
    protected SlugAllocator slugs;

    protected abstract SluggedRepository<E> repository();

    /** {@code Section}, {@code Tag}, {@code Author}: how a 404 names the kind. */
    protected abstract String noun();

    /** The views of a page of entities, with what they need looked up once for the page. */
    protected abstract List<V> views(List<E> page);

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
                .orElseThrow(() -> ApiException.notFound(noun() + " " + slug)));
    }

    protected E find(UUID id) {
        return repository().findByIdOptional(id).orElseThrow(() -> ApiException.notFound(noun() + " " + id));
    }

    protected V view(E entity) {
        return views(List.of(entity)).get(0);
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
