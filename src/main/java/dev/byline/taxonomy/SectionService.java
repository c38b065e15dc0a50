package dev.byline.taxonomy;

import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.CatalogueCounts.Catalogue;
import dev.byline.common.persistence.PublicCounts;
import dev.byline.common.persistence.SluggedCatalogue;
import dev.byline.common.web.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sections: a tree (no section below itself); one with content or subsections cannot go. */
@ApplicationScoped
public class SectionService extends SluggedCatalogue<Section, SectionView, SectionRequest> {

    @Inject
    Permalinks permalinks;

    @Inject
    SectionRepository sections;

    @Inject
    TaxonomyCounts counts;

    public SectionService() {
        super(Catalogue.SECTION, Section::new, SectionRequest.class);
    }

    @Override
    protected void checkDeletable(Section section) {
        if (counts.itemsInSection(section.id) > 0) {
            throw ApiException.conflict("The section still has content; move or delete it first");
        }
        if (sections.hasChildren(section.id)) {
            throw ApiException.conflict("The section has subsections; move or delete them first");
        }
    }

    @Override
    protected void apply(Section section, SectionRequest request) {
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
    protected SectionRequest current(Section section) {
        return new SectionRequest(section.name, section.slug, section.description, section.parentId);
    }

    @Override
    protected SectionRepository repository() {
        return sections;
    }

    @Override
    protected SectionView view(Section s, PublicCounts c) {
        return new SectionView(s.id, s.slug, permalinks.section(s.slug), s.name, s.description, s.parentId,
                c.articles(), c.posts());
    }
}
