package dev.byline.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.SluggedCatalogue;
import dev.byline.common.web.MergePatcher;
import dev.byline.common.persistence.PublicCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class SectionService extends SluggedCatalogue<Section, SectionView> {

    @Inject
    SectionRepository sections;

    @Inject
    TaxonomyCounts counts;

    @Inject
    MergePatcher patcher;

    @Transactional
    public SectionView create(SectionRequest request) {
        Section section = new Section();
        apply(section, request);
        sections.persist(section);
        return view(section);
    }

    @Transactional
    public SectionView patch(UUID id, JsonNode patch) {
        Section section = find(id);
        SectionRequest current = new SectionRequest(section.name, section.slug, section.description, section.parentId);
        apply(section, patcher.apply(current, patch, SectionRequest.class));
        return view(section);
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
        applyNameAndSlug(section, request.name(), request.slug(), "sections", "section");
        section.description = request.description();
        section.parentId = request.parentId();
    }

    @Override
    protected SectionRepository repository() {
        return sections;
    }

    @Override
    protected String noun() {
        return "Section";
    }

    @Override
    protected List<SectionView> views(List<Section> page) {
        Map<UUID, PublicCounts> counts = this.counts.bySection(page.stream().map(s -> s.id).toList());
        return page.stream().map(s -> {
            PublicCounts c = counts.getOrDefault(s.id, PublicCounts.NONE);
            return new SectionView(s.id, s.slug, s.name, s.description, s.parentId,
                    c.articles(), c.posts());
        }).toList();
    }
}
