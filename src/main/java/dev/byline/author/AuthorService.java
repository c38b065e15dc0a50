package dev.byline.author;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.SluggedCatalogue;
import dev.byline.common.web.MergePatcher;
import dev.byline.common.persistence.PublicCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AuthorService extends SluggedCatalogue<Author, AuthorView> {

    @Inject
    AuthorRepository authors;

    @Inject
    AuthorCounts counts;

    @Inject
    MergePatcher patcher;

    @Transactional
    public AuthorView create(AuthorRequest request) {
        Author author = new Author();
        apply(author, request);
        authors.persist(author);
        return view(author);
    }

    @Transactional
    public AuthorView patch(UUID id, JsonNode patch) {
        Author author = find(id);
        AuthorRequest current = new AuthorRequest(author.name, author.slug, author.bio, author.avatarUrl,
                author.links);
        apply(author, patcher.apply(current, patch, AuthorRequest.class));
        return view(author);
    }

    /** An author with bylines cannot go: their content would lose its byline. */
    @Transactional
    public void delete(UUID id) {
        Author author = find(id);
        if (counts.itemsByAuthor(id) > 0) {
            throw ApiException.conflict("The author still has bylines; change or delete that content first");
        }
        authors.delete(author);
    }

    private void apply(Author author, AuthorRequest request) {
        applyNameAndSlug(author, request.name(), request.slug(), "authors", "author");
        author.bio = request.bio();
        author.avatarUrl = request.avatarUrl();
        author.links = request.links() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(request.links());
    }

    @Override
    protected AuthorRepository repository() {
        return authors;
    }

    @Override
    protected String noun() {
        return "Author";
    }

    @Override
    protected List<AuthorView> views(List<Author> page) {
        Map<UUID, PublicCounts> counts = this.counts.byAuthor(page.stream().map(a -> a.id).toList());
        return page.stream().map(a -> {
            PublicCounts c = counts.getOrDefault(a.id, PublicCounts.NONE);
            return new AuthorView(a.id, a.slug, a.name, a.bio, a.avatarUrl, a.links,
                    c.articles(), c.posts());
        }).toList();
    }
}
