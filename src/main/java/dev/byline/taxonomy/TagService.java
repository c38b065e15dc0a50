package dev.byline.taxonomy;

import dev.byline.common.persistence.CatalogueCounts.Catalogue;
import dev.byline.common.persistence.PublicCounts;
import dev.byline.common.persistence.SluggedCatalogue;
import dev.byline.common.web.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tags. Deleting a tag detaches it from its content (the join rows go with it). */
@ApplicationScoped
public class TagService extends SluggedCatalogue<Tag, TagView, TagRequest> {

    @Inject
    Permalinks permalinks;

    @Inject
    TagRepository tags;

    public TagService() {
        super(Catalogue.TAG, Tag::new, TagRequest.class);
    }

    @Override
    protected void apply(Tag tag, TagRequest request) {
        applyNameAndSlug(tag, request.name(), request.slug(), "tags", "tag");
        tag.description = request.description();
    }

    @Override
    protected TagRequest current(Tag tag) {
        return new TagRequest(tag.name, tag.slug, tag.description);
    }

    @Override
    protected TagRepository repository() {
        return tags;
    }

    @Override
    protected TagView view(Tag t, PublicCounts c) {
        return new TagView(t.id, t.slug, permalinks.tag(t.slug), t.name, t.description, c.articles(), c.posts());
    }
}
