package dev.byline.content.list;

import dev.byline.author.AuthorRepository;
import dev.byline.common.error.FieldError;
import dev.byline.common.persistence.Slugs;
import dev.byline.taxonomy.SectionRepository;
import dev.byline.taxonomy.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A list's {@code section=}, {@code tag=} and {@code author=} filters, from slugs to ids: a section
 * with its subsections, any of several tags. An unknown slug is a field error naming it.
 */
@ApplicationScoped
public class ListFilters {

    @Inject
    SectionRepository sections;

    @Inject
    AuthorRepository authors;

    @Inject
    TagRepository tags;

    /** The section and its descendants; null when no section is asked for or it is unknown (an error then). */
    Set<UUID> section(String slug, List<FieldError> errors) {
        if (slug == null) {
            return null;
        }
        Set<UUID> ids = sections.findBySlug(Slugs.normalize(slug)).map(s -> sections.withDescendants(s.id))
                .orElse(null);
        if (ids == null) {
            errors.add(new FieldError("section", "no section " + slug));
        }
        return ids;
    }

    /** The tags with these (normalised) slugs; null when none is asked for. */
    Set<UUID> tags(List<String> slugs, List<FieldError> errors) {
        if (slugs.isEmpty()) {
            return null;
        }
        var found = tags.findByIdsOrSlugs(List.of(), slugs);
        Set<String> foundSlugs = found.stream().map(t -> t.slug).collect(Collectors.toSet());
        slugs.stream().filter(s -> !foundSlugs.contains(s))
                .forEach(s -> errors.add(new FieldError("tag", "no tag " + s)));
        return found.stream().map(t -> t.id).collect(Collectors.toSet());
    }

    /** The author's id; null when none is asked for or it is unknown (an error then). */
    UUID author(String slug, List<FieldError> errors) {
        if (slug == null) {
            return null;
        }
        UUID id = authors.findBySlug(Slugs.normalize(slug)).map(a -> a.id).orElse(null);
        if (id == null) {
            errors.add(new FieldError("author", "no author " + slug));
        }
        return id;
    }
}
