package dev.byline.taxonomy;

import dev.byline.common.persistence.PublicCounts;
import dev.byline.common.persistence.SluggedCatalogue;
import dev.byline.common.web.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tags. Deleting a tag detaches it from its content (the join rows go with it). */
@ApplicationScoped
public class TagService extends SluggedCatalogue<Tag, TagView, TagRequest> {

    @Inject
    Permalinks permalinks;

    @Inject
    TagRepository tags;

    @Inject
    TaxonomyCounts counts;

    public TagService() {
        super("Tag", Tag::new, TagRequest.class);
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
    protected Map<UUID, PublicCounts> counts(List<UUID> ids) {
        return counts.byTag(ids);
    }

    @Override
    protected TagView view(Tag t, PublicCounts c) {
        return new TagView(t.id, t.slug, permalinks.tag(t.slug), t.name, t.description, c.articles(), c.posts());
    }
}
