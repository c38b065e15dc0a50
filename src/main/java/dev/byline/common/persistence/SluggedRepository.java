package dev.byline.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The finders every slugged catalogue (sections, tags, authors) shares. */
public interface SluggedRepository<T extends SluggedEntity> extends PanacheRepositoryBase<T, UUID> {

    default Optional<T> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Whether another row than {@code except} (null for none) holds the slug. */
    default boolean slugTaken(String slug, UUID except) {
        return except == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, except) > 0;
    }

    default List<T> findByIdsOrSlugs(Collection<UUID> ids, Collection<String> slugs) {
        return list("id in ?1 or slug in ?2", ids.isEmpty() ? List.of(new UUID(0, 0)) : ids,
                slugs.isEmpty() ? List.of("") : slugs);
    }

    /** A page in name order, ties by id. */
    default List<T> page(int page, int size) {
        return findAll(Sort.by("name").and("id")).page(page - 1, size).list();
    }
}
