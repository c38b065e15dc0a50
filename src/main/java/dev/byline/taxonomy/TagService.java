package dev.byline.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.SlugAllocator;
import dev.byline.common.persistence.Slugs;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.MergePatcher;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.common.persistence.PublicCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TagService {

    @Inject
    TagRepository tags;

    @Inject
    TaxonomyCounts counts;

    @Inject
    MergePatcher patcher;

    @Inject
    SlugAllocator slugs;

    @Transactional
    public PageView<TagView> list(PageParams paging) {
        return new PageView<>(views(tags.page(paging.page(), paging.size())),
                PageMeta.of(paging.page(), paging.size(), tags.count(), null));
    }

    @Transactional
    public TagView get(UUID id) {
        return views(List.of(find(id))).get(0);
    }

    @Transactional
    public TagView getBySlug(String slug) {
        return views(List.of(tags.findBySlug(Slugs.normalize(slug))
                .orElseThrow(() -> ApiException.notFound("Tag " + slug)))).get(0);
    }

    @Transactional
    public TagView create(TagRequest request) {
        Tag tag = new Tag();
        tag.createdAt = Times.now();
        apply(tag, request);
        tags.persist(tag);
        return views(List.of(tag)).get(0);
    }

    @Transactional
    public TagView patch(UUID id, JsonNode patch) {
        Tag tag = find(id);
        apply(tag, patcher.apply(new TagRequest(tag.name, tag.slug, tag.description), patch, TagRequest.class));
        return views(List.of(tag)).get(0);
    }

    /** Deleting a tag detaches it from its content (the join rows go with it). */
    @Transactional
    public void delete(UUID id) {
        tags.delete(find(id));
    }

    private Tag find(UUID id) {
        return tags.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Tag " + id));
    }

    private void apply(Tag tag, TagRequest request) {
        String slug = slugs.allocate("tags", request.slug(), tag.slug, request.name(), "tag",
                candidate -> tags.slugTaken(candidate, tag.id));
        tag.name = request.name().strip();
        tag.slug = slug;
        tag.description = request.description();
        tag.updatedAt = Times.now();
    }

    private List<TagView> views(List<Tag> page) {
        Map<UUID, PublicCounts> counts = this.counts.byTag(page.stream().map(t -> t.id).toList());
        return page.stream().map(t -> {
            PublicCounts c = counts.getOrDefault(t.id, PublicCounts.NONE);
            return new TagView(t.id, t.slug, t.name, t.description,
                    c.articles(), c.posts());
        }).toList();
    }
}
