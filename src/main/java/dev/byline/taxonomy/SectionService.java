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
public class SectionService {

    @Inject
    SectionRepository sections;

    @Inject
    TaxonomyCounts counts;

    @Inject
    MergePatcher patcher;

    @Inject
    SlugAllocator slugs;

    @Transactional
    public PageView<SectionView> list(PageParams paging) {
        return new PageView<>(views(sections.page(paging.page(), paging.size())),
                PageMeta.of(paging.page(), paging.size(), sections.count(), null));
    }

    @Transactional
    public SectionView get(UUID id) {
        return views(List.of(find(id))).get(0);
    }

    @Transactional
    public SectionView getBySlug(String slug) {
        return views(List.of(sections.findBySlug(Slugs.normalize(slug))
                .orElseThrow(() -> ApiException.notFound("Section " + slug)))).get(0);
    }

    @Transactional
    public SectionView create(SectionRequest request) {
        Section section = new Section();
        section.createdAt = Times.now();
        apply(section, request);
        sections.persist(section);
        return views(List.of(section)).get(0);
    }

    @Transactional
    public SectionView patch(UUID id, JsonNode patch) {
        Section section = find(id);
        SectionRequest current = new SectionRequest(section.name, section.slug, section.description, section.parentId);
        apply(section, patcher.apply(current, patch, SectionRequest.class));
        return views(List.of(section)).get(0);
    }

    @Transactional
    public void delete(UUID id) {
        Section section = find(id);
        if (counts.itemsInSection(id) > 0) {
            throw ApiException.conflict("The section still has content; move or delete it first");
        }
        if (sections.hasChildren(id)) {
            throw ApiException.conflict("The section has subsections; move or delete them first");
        }
        sections.delete(section);
    }

    private Section find(UUID id) {
        return sections.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Section " + id));
    }

    private void apply(Section section, SectionRequest request) {
        if (request.parentId() != null) {
            // Two concurrent moves (A under B, B under A) must not both pass the cycle check.
            sections.lockTree();
            if (sections.findByIdOptional(request.parentId()).isEmpty()) {
                throw ApiException.invalid("parentId", "no section " + request.parentId());
            }
            if (sections.withDescendants(section.id).contains(request.parentId())) {
                throw ApiException.invalid("parentId", "a section cannot sit below itself");
            }
        }
        String slug = slugs.allocate("sections", request.slug(), section.slug, request.name(), "section",
                candidate -> sections.slugTaken(candidate, section.id));
        section.name = request.name().strip();
        section.slug = slug;
        section.description = request.description();
        section.parentId = request.parentId();
        section.updatedAt = Times.now();
    }

    private List<SectionView> views(List<Section> page) {
        Map<UUID, PublicCounts> counts = this.counts.bySection(page.stream().map(s -> s.id).toList());
        return page.stream().map(s -> {
            PublicCounts c = counts.getOrDefault(s.id, PublicCounts.NONE);
            return new SectionView(s.id, s.slug, s.name, s.description, s.parentId,
                    c.articles(), c.posts());
        }).toList();
    }
}
