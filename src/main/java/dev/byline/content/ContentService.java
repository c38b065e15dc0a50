package dev.byline.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.auth.AuthenticatedUser;
import dev.byline.auth.Role;
import dev.byline.author.Author;
import dev.byline.common.error.ApiException;
import dev.byline.common.events.DomainEvent;
import dev.byline.common.persistence.Slugs;
import dev.byline.common.persistence.Times;
import dev.byline.content.body.BodyRenderer;
import dev.byline.content.body.RenderedBody;
import dev.byline.content.body.TextStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creating, reading, changing and deleting articles and posts: the rules of API.md §3. */
@ApplicationScoped
public class ContentService {

    @Inject
    ContentItemRepository items;

    @Inject
    ContentReferences references;

    @Inject
    ContentRequests requests;

    @Inject
    BodyRenderer renderer;

    @Inject
    Event<DomainEvent> events;

    @Transactional
    public ContentView create(ContentType type, JsonNode body, AuthenticatedUser caller) {
        ContentRequest request = requests.forCreate(type, body);
        ContentItem item = new ContentItem();
        item.type = type;
        item.createdBy = caller.id();
        item.createdAt = Times.now();
        item.status = ContentStatus.DRAFT;
        apply(item, request, caller, true);
        items.persist(item);
        ContentView view = ContentMapper.full(item);
        if (item.isPublic(item.updatedAt)) {
            fire(item, "published", view);
        }
        return view;
    }

    @Transactional
    public ContentView get(ContentType type, UUID id, Optional<AuthenticatedUser> caller) {
        return ContentMapper.full(visible(items.findFull(type, id), caller, type, id.toString()));
    }

    @Transactional
    public ContentView getBySlug(ContentType type, String slug, Optional<AuthenticatedUser> caller) {
        String normalized = Slugs.normalize(slug);
        return ContentMapper.full(visible(items.findFullBySlug(type, normalized), caller, type, normalized));
    }

    @Transactional
    public ContentView patch(ContentType type, UUID id, JsonNode body, AuthenticatedUser caller) {
        ContentItem item = items.findFull(type, id)
                .filter(found -> ContentAccess.canSee(found, Optional.of(caller), Times.now()))
                .orElseThrow(() -> notFound(type, id.toString()));
        ContentAccess.checkCanEdit(item, caller);
        boolean wasPublic = item.isPublic(Times.now());
        ContentRequest merged = requests.forPatch(item, body);
        apply(item, merged, caller, false);
        items.flush();
        ContentView view = ContentMapper.full(item);
        boolean isPublic = item.isPublic(item.updatedAt);
        fire(item, !wasPublic && isPublic ? "published" : wasPublic && !isPublic ? "unpublished" : "updated", view);
        return view;
    }

    @Transactional
    public void delete(ContentType type, UUID id, AuthenticatedUser caller) {
        ContentItem item = items.findFull(type, id)
                .filter(found -> ContentAccess.canSee(found, Optional.of(caller), Times.now()))
                .orElseThrow(() -> notFound(type, id.toString()));
        ContentAccess.checkCanDelete(item, caller);
        ContentView view = ContentMapper.full(item);
        items.delete(item);
        fire(item, "deleted", view);
    }

    private ContentItem visible(Optional<ContentItem> found, Optional<AuthenticatedUser> caller, ContentType type,
            String key) {
        return found.filter(item -> ContentAccess.canSee(item, caller, Times.now()))
                .orElseThrow(() -> notFound(type, key));
    }

    private void apply(ContentItem item, ContentRequest request, AuthenticatedUser caller, boolean creating) {
        Instant now = Times.now();
        ContentStatus status = request.status() == null ? item.status : request.status();
        ContentAccess.checkCanSetStatus(creating ? ContentStatus.DRAFT : item.status, status, caller);

        item.title = request.title().strip();
        item.standfirst = blankToNull(request.standfirst());
        item.dateline = blankToNull(request.dateline());
        applySlug(item, request.slug());
        applyBody(item, request);
        applyWorkflow(item, status, request.publishedAt(), request.publishAt(), now);
        item.authors.clear();
        item.authors.addAll(authors(item.type, request.authors(), caller));
        item.section = references.section(request.section()).orElse(null);
        boolean createTags = Boolean.TRUE.equals(request.createMissingTags());
        if (createTags && !caller.isAtLeast(Role.EDITOR)) {
            throw ApiException.forbidden("Only editors may create tags");
        }
        Set<dev.byline.taxonomy.Tag> tags = references.tags(
                request.tags() == null ? List.of() : request.tags(), createTags);
        item.tags.clear();
        item.tags.addAll(tags);
        item.featuredImage = request.featuredImage();
        Seo seo = request.seo() == null ? Seo.EMPTY : request.seo();
        item.seoTitle = blankToNull(seo.title());
        item.seoDescription = blankToNull(seo.description());
        item.seoCanonicalUrl = blankToNull(seo.canonicalUrl());
        item.commentsOpen = request.commentsOpen() == null || request.commentsOpen();
        item.updatedAt = now;
    }

    private void applySlug(ContentItem item, String requested) {
        if (requested != null) {
            String slug = Slugs.normalize(requested);
            if (!slug.equals(item.slug) && items.slugTaken(item.type, slug, item.id)) {
                throw ApiException.conflict("The slug '" + slug + "' is already used by another "
                        + item.type.value()).with("field", "slug");
            }
            item.slug = slug;
            return;
        }
        String base = Slugs.fromTitle(item.title);
        if (base.isEmpty()) {
            base = item.type.value();
        }
        Set<String> taken = new HashSet<>(items.slugsLike(item.type, base, item.id));
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = Slugs.withSuffix(base, n);
        }
        item.slug = slug;
    }

    private void applyBody(ContentItem item, ContentRequest request) {
        RenderedBody body = request.bodyMarkdown() != null
                ? renderer.fromMarkdown(request.bodyMarkdown())
                : renderer.fromHtml(request.bodyHtml());
        item.bodyMarkdown = request.bodyMarkdown();
        item.bodyHtml = body.html();
        item.bodyText = body.text();
        item.wordCount = TextStats.wordCount(body.text());
        item.readingTimeMinutes = TextStats.readingTimeMinutes(item.wordCount);
        String given = blankToNull(request.excerpt());
        item.excerptGiven = given != null;
        item.excerpt = given != null ? given.strip() : TextStats.excerpt(body.text());
    }

    private static void applyWorkflow(ContentItem item, ContentStatus status, Instant publishedAt, Instant publishAt,
            Instant now) {
        if (status == ContentStatus.SCHEDULED && (publishAt == null || !publishAt.isAfter(now))) {
            throw ApiException.invalid("publishAt", "must be a future instant when status is scheduled");
        }
        item.status = status;
        item.publishAt = status == ContentStatus.SCHEDULED ? Times.millis(publishAt) : null;
        if (status == ContentStatus.PUBLISHED) {
            item.publishedAt = publishedAt != null ? Times.millis(publishedAt)
                    : item.publishedAt != null ? item.publishedAt : now;
        } else {
            item.publishedAt = Times.millis(publishedAt);
        }
    }

    private List<Author> authors(ContentType type, List<String> refs, AuthenticatedUser caller) {
        List<Author> authors;
        if (refs == null || refs.isEmpty()) {
            if (caller.authorId() == null) {
                throw ApiException.invalid("authors", "name at least one author (your account has no author)");
            }
            authors = references.authors(List.of(caller.authorId().toString()));
        } else {
            authors = references.authors(refs);
        }
        if (!type.isArticle() && authors.size() != 1) {
            throw ApiException.invalid("authors", "a post has exactly one author");
        }
        return authors;
    }

    private void fire(ContentItem item, String action, ContentView view) {
        events.fire(new DomainEvent(item.type.value() + "." + action, item.type.value(), item.id,
                Times.now(), view));
    }

    static ApiException notFound(ContentType type, String key) {
        String name = type.isArticle() ? "Article" : "Post";
        return ApiException.notFound(name + " " + key);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
