package dev.byline.author;

import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.CatalogueCounts.Catalogue;
import dev.byline.common.persistence.PublicCounts;
import dev.byline.common.persistence.SluggedCatalogue;
import dev.byline.common.web.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/** Authors (bylines). An author with bylines cannot go: their content would lose its byline. */
@ApplicationScoped
public class AuthorService extends SluggedCatalogue<Author, AuthorView, AuthorRequest> {

    @Inject
    Permalinks permalinks;

    @Inject
    AuthorRepository authors;

    @Inject
    AuthorCounts counts;

    public AuthorService() {
        super(Catalogue.AUTHOR, Author::new, AuthorRequest.class);
    }

    /** The authors with these ids, in no particular order: two statements however many. */
    @Transactional
    public List<AuthorView> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : views(authors.list("id in ?1", ids));
    }

    @Override
    protected void checkDeletable(Author author) {
        if (counts.itemsByAuthor(author.id) > 0) {
            throw ApiException.conflict("The author still has bylines; change or delete that content first");
        }
    }

    @Override
    protected void apply(Author author, AuthorRequest request) {
        applyNameAndSlug(author, request.name(), request.slug(), "authors", "author");
        author.bio = request.bio();
        author.avatarUrl = request.avatarUrl();
        author.links = request.links() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(request.links());
    }

    @Override
    protected AuthorRequest current(Author author) {
        return new AuthorRequest(author.name, author.slug, author.bio, author.avatarUrl, author.links);
    }

    @Override
    protected AuthorRepository repository() {
        return authors;
    }

    @Override
    protected AuthorView view(Author a, PublicCounts c) {
        return new AuthorView(a.id, a.slug, permalinks.author(a.slug), a.name, a.bio, a.avatarUrl, a.links,
                c.articles(), c.posts());
    }
}
