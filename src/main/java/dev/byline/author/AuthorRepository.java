package dev.byline.author;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuthorRepository implements PanacheRepositoryBase<Author, UUID> {

    public Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Author> findByIdsOrSlugs(Collection<UUID> ids, Collection<String> slugs) {
        return list("id in ?1 or slug in ?2", ids.isEmpty() ? List.of(new UUID(0, 0)) : ids,
                slugs.isEmpty() ? List.of("") : slugs);
    }

    public List<Author> page(int page, int size) {
        return findAll(Sort.by("name").and("id")).page(page - 1, size).list();
    }
}
