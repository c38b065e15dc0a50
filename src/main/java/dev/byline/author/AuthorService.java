package dev.byline.author;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.SlugAllocator;
import dev.byline.common.persistence.Slugs;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.MergePatcher;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.common.persistence.PublicCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AuthorService {

    @Inject
    AuthorRepository authors;

    @Inject
    AuthorCounts counts;

    @Inject
    MergePatcher patcher;

    @Inject
    SlugAllocator slugs;

    @Transactional
    public PageView<AuthorView> list(PageParams paging) {
        return new PageView<>(views(authors.page(paging.page(), paging.size())),
                PageMeta.of(paging.page(), paging.size(), authors.count(), null));
    }

    @Transactional
    public AuthorView get(UUID id) {
        return views(List.of(find(id))).get(0);
    }

    @Transactional
    public AuthorView getBySlug(String slug) {
        return views(List.of(authors.findBySlug(Slugs.normalize(slug))
                .orElseThrow(() -> ApiException.notFound("Author " + slug)))).get(0);
    }

    @Transactional
    public AuthorView create(AuthorRequest request) {
        Author author = new Author();
        author.createdAt = Times.now();
        apply(author, request);
        authors.persist(author);
        return views(List.of(author)).get(0);
    }

    @Transactional
    public AuthorView patch(UUID id, JsonNode patch) {
        Author author = find(id);
        AuthorRequest current = new AuthorRequest(author.name, author.slug, author.bio, author.avatarUrl,
                author.links);
        apply(author, patcher.apply(current, patch, AuthorRequest.class));
        return views(List.of(author)).get(0);
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

    private Author find(UUID id) {
        return authors.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Author " + id));
    }

    private void apply(Author author, AuthorRequest request) {
        String slug = slugs.allocate("authors", request.slug(), author.slug, request.name(), "author",
                candidate -> authors.slugTaken(candidate, author.id));
        author.name = request.name().strip();
        author.slug = slug;
        author.bio = request.bio();
        author.avatarUrl = request.avatarUrl();
        author.links = request.links() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(request.links());
        author.updatedAt = Times.now();
    }

    private List<AuthorView> views(List<Author> page) {
        Map<UUID, PublicCounts> counts = this.counts.byAuthor(page.stream().map(a -> a.id).toList());
        return page.stream().map(a -> {
            PublicCounts c = counts.getOrDefault(a.id, PublicCounts.NONE);
            return new AuthorView(a.id, a.slug, a.name, a.bio, a.avatarUrl, a.links,
                    c.articles(), c.posts());
        }).toList();
    }
}
