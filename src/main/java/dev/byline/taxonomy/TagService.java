package dev.byline.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
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
public class TagService extends SluggedCatalogue<Tag, TagView> {

    @Inject
    TagRepository tags;

    @Inject
    TaxonomyCounts counts;

    @Inject
    MergePatcher patcher;

    @Transactional
    public TagView create(TagRequest request) {
        Tag tag = new Tag();
        apply(tag, request);
        tags.persist(tag);
        return view(tag);
    }

    @Transactional
    public TagView patch(UUID id, JsonNode patch) {
        Tag tag = find(id);
        apply(tag, patcher.apply(new TagRequest(tag.name, tag.slug, tag.description), patch, TagRequest.class));
        return view(tag);
    }

    /** Deleting a tag detaches it from its content (the join rows go with it). */
    @Transactional
    public void delete(UUID id) {
        tags.delete(find(id));
    }

    private void apply(Tag tag, TagRequest request) {
        applyNameAndSlug(tag, request.name(), request.slug(), "tags", "tag");
        tag.description = request.description();
    }

    @Override
    protected TagRepository repository() {
        return tags;
    }

    @Override
    protected String noun() {
        return "Tag";
    }

    @Override
    protected List<TagView> views(List<Tag> page) {
        Map<UUID, PublicCounts> counts = this.counts.byTag(page.stream().map(t -> t.id).toList());
        return page.stream().map(t -> {
            PublicCounts c = counts.getOrDefault(t.id, PublicCounts.NONE);
            return new TagView(t.id, t.slug, t.name, t.description,
                    c.articles(), c.posts());
        }).toList();
    }
}
