package dev.byline.content.write;

import dev.byline.author.Author;
import dev.byline.author.AuthorRepository;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.FieldError;
import dev.byline.common.persistence.SlugAllocator;
import dev.byline.common.persistence.Slugs;
import dev.byline.common.persistence.Times;
import dev.byline.taxonomy.Section;
import dev.byline.taxonomy.SectionRepository;
import dev.byline.taxonomy.Tag;
import dev.byline.taxonomy.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Resolves the authors, section and tags a write names by id or slug, each kind in one
 * query. An unknown reference is a 400 naming the field, e.g. {@code tags[2]}.
 */
@ApplicationScoped
public class ContentReferences {

    @Inject
    AuthorRepository authors;

    @Inject
    SectionRepository sections;

    @Inject
    TagRepository tags;

    @Inject
    SlugAllocator slugs;

    public List<Author> authors(List<String> refs) {
        List<Author> found = authors.findByIdsOrSlugs(ids(refs), slugs(refs));
        return inOrder("authors", refs, found, a -> a.id, a -> a.slug);
    }

    public Optional<Section> section(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        Optional<UUID> id = asId(ref);
        Optional<Section> section = id.isPresent() ? sections.findByIdOptional(id.get())
                : sections.findBySlug(Slugs.normalize(ref));
        return Optional.of(section.orElseThrow(() -> ApiException.invalid("section", "no section " + ref)));
    }

    /** The tags named; missing ones are created when {@code createMissing} (editors only). */
    public Set<Tag> tags(List<String> refs, boolean createMissing) {
        List<Tag> found = tags.findByIdsOrSlugs(ids(refs), slugs(refs));
        if (!createMissing) {
            return new LinkedHashSet<>(inOrder("tags", refs, found, t -> t.id, t -> t.slug));
        }
        Set<Tag> resolved = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            Tag tag = match(ref, found, t -> t.id, t -> t.slug);
            if (tag == null && asId(ref).isEmpty()) {
                tag = createTag(ref);
                found.add(tag);
            }
            if (tag == null) {
                errors.add(new FieldError("tags[" + i + "]", "no tag " + ref));
            } else {
                resolved.add(tag);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return resolved;
    }

    private Tag createTag(String ref) {
        String slug = Slugs.isValid(Slugs.normalize(ref)) ? Slugs.normalize(ref) : Slugs.fromTitle(ref);
        if (slug.isEmpty()) {
            throw ApiException.invalid("tags", "cannot make a tag slug from '" + ref + "'");
        }
        // Two writes creating the same new tag take turns: the second finds the first's.
        slugs.lock("tags", slug);
        Optional<Tag> existing = tags.findBySlug(slug);
        if (existing.isPresent()) {
            return existing.get();
        }
        Tag tag = new Tag();
        tag.slug = slug;
        tag.name = ref.strip();
        tag.createdAt = Times.now();
        tag.updatedAt = tag.createdAt;
        tags.persist(tag);
        return tag;
    }

    private static <T> List<T> inOrder(String field, List<String> refs, List<T> found,
            Function<T, UUID> id, Function<T, String> slug) {
        List<T> ordered = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            T match = match(refs.get(i), found, id, slug);
            if (match == null) {
                errors.add(new FieldError(field + "[" + i + "]", "no " + singular(field) + " " + refs.get(i)));
            } else if (ordered.contains(match)) {
                errors.add(new FieldError(field + "[" + i + "]", "named twice"));
            } else {
                ordered.add(match);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return ordered;
    }

    private static <T> T match(String ref, List<T> candidates, Function<T, UUID> id, Function<T, String> slug) {
        Optional<UUID> asId = asId(ref);
        String normalized = Slugs.normalize(ref);
        for (T candidate : candidates) {
            if (asId.map(u -> u.equals(id.apply(candidate))).orElse(false) || normalized.equals(slug.apply(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static String singular(String field) {
        return field.endsWith("s") ? field.substring(0, field.length() - 1) : field;
    }

    private static List<UUID> ids(List<String> refs) {
        return refs.stream().map(ContentReferences::asId).flatMap(Optional::stream).toList();
    }

    private static List<String> slugs(List<String> refs) {
        return refs.stream().map(Slugs::normalize).toList();
    }

    static Optional<UUID> asId(String ref) {
        if (ref == null || ref.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(ref));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
