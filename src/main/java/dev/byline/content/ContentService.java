package dev.byline.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.author.Author;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.ProblemType;
import dev.byline.common.persistence.SlugAllocator;
import dev.byline.common.persistence.SluggedEntity;
import dev.byline.common.persistence.Slugs;
import dev.byline.common.persistence.Times;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.security.Role;
import dev.byline.common.web.EntityTags;
import dev.byline.common.web.Permalinks;
import dev.byline.common.web.Versioned;
import dev.byline.content.body.BodyRenderer;
import dev.byline.content.body.RenderedBody;
import dev.byline.content.body.TextStats;
import dev.byline.content.revision.RevisedFields;
import dev.byline.content.revision.RevisionAction;
import dev.byline.content.revision.RevisionService;
import dev.byline.content.workflow.ContentAccess;
import dev.byline.content.workflow.Workflow;
import dev.byline.content.write.ContentCommit;
import dev.byline.content.write.ContentReferences;
import dev.byline.content.write.ContentRequests;
import dev.byline.media.Media;
import dev.byline.media.MediaEmbeds;
import dev.byline.taxonomy.Section;
import dev.byline.taxonomy.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/** Creating, reading, changing and deleting articles and posts: the rules of API.md §3. */
@ApplicationScoped
public class ContentService {

    @Inject
    Permalinks permalinks;

    @Inject
    ContentItemRepository items;

    @Inject
    ContentReferences references;

    @Inject
    ContentRequests requests;

    @Inject
    BodyRenderer renderer;

    @Inject
    ContentCommit events;

    @Inject
    OldSlugRepository oldSlugs;

    @Inject
    RevisionService revisions;

    @Inject
    SlugAllocator slugs;

    @Inject
    MediaEmbeds media;

    /** A create body read as the type's own request record (see {@link ContentShape}). */
    @Transactional
    public ContentView create(ContentType type, JsonNode body, AuthenticatedUser caller) {
        ContentRequest request = requests.forCreate(type, body);
        ContentItem item = new ContentItem();
        item.type = type;
        item.createdBy = caller.id();
        item.createdAt = Times.now();
        item.status = ContentStatus.DRAFT;
        apply(item, request, resolve(item, request, caller, true));
        items.persist(item);
        items.flush();
        recordMediaUses(item);
        return events.commit(item, RevisionAction.CREATE, caller,
                item.isPublic(item.updatedAt) ? ContentAction.PUBLISHED : null);
    }

    /**
     * The version stamp (ETag) of one item the caller may see: one cheap query, which lets a
     * conditional GET answer "not modified" without loading or rendering the item.
     */
    @Transactional
    public String version(ContentType type, UUID id, Optional<AuthenticatedUser> caller) {
        return items.stamp(type, id)
                .filter(found -> ContentAccess.canSee(found, caller, Times.now()))
                .orElseThrow(() -> type.notFound(id.toString()))
                .etag();
    }

    /** One item by id, with its version stamp and surrogate keys. */
    @Transactional
    public Versioned<ContentView> get(ContentType type, UUID id, Optional<AuthenticatedUser> caller) {
        return versioned(ContentMapper.full(permalinks, visible(items.findFull(type, id), caller, type, id.toString())));
    }

    /**
     * One item by slug; an old slug of an item the caller may see answers {@link SlugLookup.Moved}.
     * The current holder of a slug wins when the caller may see it. At most two statements.
     */
    @Transactional
    public SlugLookup getBySlug(ContentType type, String slug, Optional<AuthenticatedUser> caller) {
        return atSlug(type, slug, caller, items::findFullBySlug, found -> ContentAccess.canSee(found, caller, Times.now()),
                item -> new SlugLookup.Found(versioned(ContentMapper.full(permalinks, item))));
    }

    /**
     * What lives at a slug, without loading it: the current holder's id and version stamp (one
     * query), or where an old slug moved to (a second one).
     */
    @Transactional
    public SlugLookup versionAtSlug(ContentType type, String slug, Optional<AuthenticatedUser> caller) {
        return atSlug(type, slug, caller, items::stampBySlug, found -> ContentAccess.canSee(found, caller, Times.now()),
                stamp -> new SlugLookup.Current(stamp.id(), stamp.etag()));
    }

    /** The current holder of a slug when the caller may see it, else where an old slug moved to, else 404. */
    private <T> SlugLookup atSlug(ContentType type, String slug, Optional<AuthenticatedUser> caller,
            BiFunction<ContentType, String, Optional<T>> find, Predicate<T> visible, Function<T, SlugLookup> answer) {
        String normalized = Slugs.normalize(slug);
        return find.apply(type, normalized).filter(visible).map(answer)
                .orElseGet(() -> moved(type, normalized, caller));
    }

    private SlugLookup.Moved moved(ContentType type, String normalized, Optional<AuthenticatedUser> caller) {
        ContentStamp moved = oldSlugs.findItem(type, normalized)
                .filter(found -> ContentAccess.canSee(found, caller, Times.now()))
                .orElseThrow(() -> type.notFound(normalized));
        return new SlugLookup.Moved(moved.id(), moved.slug());
    }

    /** A full view with its version stamp and the surrogate keys of what it shows. */
    public static Versioned<ContentView> versioned(ContentView view) {
        return new Versioned<>(EntityTags.item(view.id(), view.version()), view, ContentCacheKeys.of(view));
    }

    /**
     * JSON Merge Patch, checked against the type's own patch model before anything is looked up;
     * {@code ifMatch} (null when absent) must match the current version.
     */
    @Transactional
    public ContentView patch(ContentType type, UUID id, JsonNode body, AuthenticatedUser caller,
            EntityTags.Condition ifMatch) {
        requests.checkPatch(type, body);
        ContentItem item = lockEditable(type, id, caller, ifMatch);
        return write(item, requests.forPatch(item, body), caller, RevisionAction.UPDATE);
    }

    /**
     * Puts back a revision's content, as WordPress does: title, standfirst, dateline, body and
     * excerpt. Status, dates, slug, authors, section, tags, SEO and image stay as they are now
     * (restoring an old draft must not unpublish a live story). The restore is itself a new
     * revision, and a new version.
     */
    @Transactional
    public ContentView restore(ContentType type, UUID id, UUID revisionId, AuthenticatedUser caller,
            EntityTags.Condition ifMatch) {
        ContentItem item = lockEditable(type, id, caller, ifMatch);
        JsonNode snapshot = revisions.find(item.id, revisionId).snapshot;
        return write(item, requests.forPatch(item, restorePatch(type, snapshot)), caller, RevisionAction.RESTORE);
    }

    @Transactional
    public void delete(ContentType type, UUID id, AuthenticatedUser caller, EntityTags.Condition ifMatch) {
        ContentItem item = lockVisible(type, id, caller);
        ContentAccess.checkCanDelete(item, caller);
        checkIfMatch(item, ifMatch);
        ContentView view = ContentMapper.full(permalinks, item);
        items.delete(item);
        events.fire(item, ContentAction.DELETED, view);
    }

    /** Every change of an existing item goes through here: rules, old slug, revision, event. */
    private ContentView write(ContentItem item, ContentRequest request, AuthenticatedUser caller,
            RevisionAction action) {
        boolean wasPublic = item.isPublic(Times.now());
        RevisedFields before = RevisedFields.of(item);
        String oldSlug = item.slug;
        String oldHtml = item.bodyHtml;
        Media oldFeatured = item.featuredMedia;
        // Every lookup happens before the item changes: a query would flush the half-changed item.
        Resolved resolved = resolve(item, request, caller, false);
        apply(item, request, resolved);
        items.flush();
        if (!item.bodyHtml.equals(oldHtml) || item.featuredMedia != oldFeatured) {
            recordMediaUses(item);
        }
        if (!oldSlug.equals(item.slug)) {
            oldSlugs.remember(item.type, oldSlug, item.id, item.updatedAt);
            oldSlugs.forget(item.type, item.slug, item.id);
        }
        boolean revised = action == RevisionAction.RESTORE || !before.equals(RevisedFields.of(item));
        return events.commit(item, revised ? action : null, caller,
                ContentAction.of(wasPublic, item.isPublic(item.updatedAt)));
    }

    /** The item locked for a change: the caller may edit it, and {@code ifMatch} holds. */
    private ContentItem lockEditable(ContentType type, UUID id, AuthenticatedUser caller,
            EntityTags.Condition ifMatch) {
        ContentItem item = lockVisible(type, id, caller);
        ContentAccess.checkCanEdit(item, caller);
        checkIfMatch(item, ifMatch);
        return item;
    }

    /**
     * Locks the item's row for the rest of the transaction, then loads it: concurrent writes to
     * one item take turns, so the If-Match comparison and the write are atomic.
     */
    private ContentItem lockVisible(ContentType type, UUID id, AuthenticatedUser caller) {
        if (!items.lock(type, id)) {
            throw type.notFound(id.toString());
        }
        return visible(items.findFull(type, id), Optional.of(caller), type, id.toString());
    }

    private static ContentItem visible(Optional<ContentItem> found, Optional<AuthenticatedUser> caller,
            ContentType type, String key) {
        return found.filter(item -> ContentAccess.canSee(item, caller, Times.now()))
                .orElseThrow(() -> type.notFound(key));
    }

    private static void checkIfMatch(ContentItem item, EntityTags.Condition ifMatch) {
        String current = EntityTags.item(item.id, item.version);
        if (ifMatch != null && !ifMatch.matchesStrongly(current)) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "The " + item.type.value()
                    + " has changed since you read it: it is at version " + item.version
                    + "; read it again and reapply your change")
                    .with("currentVersion", item.version)
                    .withHeader("ETag", current);
        }
    }

    /** A merge patch that puts back the content fields of a snapshot (see {@link #restore}). */
    private ObjectNode restorePatch(ContentType type, JsonNode snapshot) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set("title", snapshot.get("title"));
        if (type.hasArticleFields()) {
            patch.set("standfirst", snapshot.get("standfirst"));
            patch.set("dateline", snapshot.get("dateline"));
        }
        String markdown = snapshot.path("bodyMarkdown").isTextual() ? snapshot.get("bodyMarkdown").asText() : null;
        String html = snapshot.path("bodyHtml").asText("");
        RenderedBody body;
        if (markdown != null) {
            patch.put("bodyMarkdown", markdown);
            body = renderer.fromMarkdown(markdown);
        } else {
            patch.put("bodyHtml", html);
            body = renderer.fromHtml(html);
        }
        // The view does not say whether the excerpt was written or derived: when it equals what
        // the body derives, it was derived, and stays so (it follows later body edits).
        String excerpt = snapshot.path("excerpt").asText(null);
        boolean derived = excerpt == null || excerpt.equals(TextStats.excerpt(body.text()));
        patch.put("excerpt", derived ? null : excerpt);
        return patch;
    }

    /**
     * What a write names, looked up before the item changes: the slug, status, authors, section,
     * tags and the uploaded image it leads with.
     */
    private record Resolved(String slug, ContentStatus status, List<Author> authors, Section section, Set<Tag> tags,
            Media featuredMedia) {
    }

    private Resolved resolve(ContentItem item, ContentRequest request, AuthenticatedUser caller, boolean creating) {
        ContentStatus status = request.status() == null ? item.status : request.status();
        ContentAccess.checkCanSetStatus(creating ? ContentStatus.DRAFT : item.status, status, caller);
        boolean createTags = Boolean.TRUE.equals(request.createMissingTags());
        if (createTags && !caller.isAtLeast(Role.EDITOR)) {
            throw ApiException.forbidden("Only editors may create tags");
        }
        String slug = slugs.allocate(item.type.collection(), request.slug(),
                request.slug() == null ? null : item.slug, request.title(), item.type.value(),
                candidate -> items.slugTaken(item.type, candidate, item.id));
        // A change that names the item's own authors and tags by id (a patch of other fields) keeps them
        // as loaded. Never on create: no authors there means the caller's byline, not "as they are".
        List<Author> authors = !creating && namesExactly(request.authors(), item.authors)
                ? List.copyOf(item.authors) : authors(item.type, request.authors(), caller);
        Section section = references.section(request.section()).orElse(null);
        List<String> tagRefs = request.tags() == null ? List.of() : request.tags();
        Set<Tag> tags = !creating && namesExactly(tagRefs.stream().sorted().toList(), sortedById(item.tags))
                ? new LinkedHashSet<>(item.tags) : references.tags(tagRefs, createTags);
        return new Resolved(slug, status, authors, section, tags, featuredMedia(request.featuredImage()));
    }

    /** Whether the references are the ids of these entities, in this order. */
    private static boolean namesExactly(List<String> refs, Collection<? extends SluggedEntity> entities) {
        if (refs == null || refs.size() != entities.size()) {
            return false;
        }
        Iterator<? extends SluggedEntity> entity = entities.iterator();
        return refs.stream().allMatch(ref -> ref.equals(entity.next().id.toString()));
    }

    private static List<Tag> sortedById(Collection<Tag> tags) {
        return tags.stream().sorted(Comparator.comparing(tag -> tag.id.toString())).toList();
    }

    /** Either an uploaded media item (which must exist) or an external URL, not both. */
    private Media featuredMedia(FeaturedImage image) {
        if (image == null) {
            return null;
        }
        if ((image.mediaId() == null) == (image.url() == null)) {
            throw ApiException.invalid("featuredImage",
                    "needs either mediaId (an uploaded image) or url (an external one), not both");
        }
        return image.mediaId() == null ? null : media.find(image.mediaId()).orElseThrow(() -> ApiException.invalid(
                "featuredImage.mediaId", "names no media item"));
    }

    /** Records which media the item shows (featured image and body images): they are then in use. */
    private void recordMediaUses(ContentItem item) {
        Set<UUID> used = new LinkedHashSet<>();
        if (item.featuredMedia != null) {
            used.add(item.featuredMedia.id);
        }
        used.addAll(media.idsInBody(item.bodyHtml));
        media.recordUses(item.id, used);
    }

    private void apply(ContentItem item, ContentRequest request, Resolved resolved) {
        Instant now = Times.now();
        item.title = request.title().strip();
        item.standfirst = blankToNull(request.standfirst());
        item.dateline = blankToNull(request.dateline());
        item.slug = resolved.slug();
        applyBody(item, request);
        Workflow.apply(item, resolved.status(), request.publishedAt(), request.publishAt(), now);
        item.authors.clear();
        item.authors.addAll(resolved.authors());
        item.section = resolved.section();
        item.tags.clear();
        item.tags.addAll(resolved.tags());
        item.featuredImage = request.featuredImage();
        item.featuredMedia = resolved.featuredMedia();
        Seo seo = request.seo() == null ? Seo.EMPTY : request.seo();
        item.seoTitle = blankToNull(seo.title());
        item.seoDescription = blankToNull(seo.description());
        item.seoCanonicalUrl = blankToNull(seo.canonicalUrl());
        item.commentsOpen = request.commentsOpen() == null || request.commentsOpen();
        item.updatedAt = now;
    }

    private void applyBody(ContentItem item, ContentRequest request) {
        if (!sameBody(item, request)) {
            RenderedBody body = request.bodyMarkdown() != null
                    ? renderer.fromMarkdown(request.bodyMarkdown())
                    : renderer.fromHtml(request.bodyHtml());
            item.bodyMarkdown = request.bodyMarkdown();
            item.bodyHtml = body.html();
            item.bodyText = body.text();
            item.wordCount = TextStats.wordCount(body.text());
            item.readingTimeMinutes = TextStats.readingTimeMinutes(item.wordCount);
        }
        String given = blankToNull(request.excerpt());
        item.excerptGiven = given != null;
        item.excerpt = given != null ? given.strip() : TextStats.excerpt(item.bodyText);
    }

    /**
     * The request carries the body the item already has (a patch of other fields): its rendering
     * (Markdown, sanitising, plain text) is kept rather than done again on every edit.
     */
    private static boolean sameBody(ContentItem item, ContentRequest request) {
        if (item.bodyText == null) {
            return false;
        }
        return request.bodyMarkdown() != null
                ? request.bodyMarkdown().equals(item.bodyMarkdown)
                : item.bodyMarkdown == null && request.bodyHtml() != null && request.bodyHtml().equals(item.bodyHtml);
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
        if (type.singleAuthor() && authors.size() != 1) {
            throw ApiException.invalid("authors", "a " + type.value() + " has exactly one author");
        }
        return authors;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
