package dev.byline.imports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.auth.User;
import dev.byline.auth.UserRepository;
import dev.byline.author.AuthorRequest;
import dev.byline.author.AuthorService;
import dev.byline.comment.Comment;
import dev.byline.comment.CommentBodyRenderer;
import dev.byline.comment.CommentRepository;
import dev.byline.comment.CommentStatus;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.Times;
import dev.byline.content.ContentService;
import dev.byline.content.ContentType;
import dev.byline.content.ContentView;
import dev.byline.content.OldSlugRepository;
import dev.byline.taxonomy.SectionRequest;
import dev.byline.taxonomy.SectionService;
import dev.byline.taxonomy.TagRequest;
import dev.byline.taxonomy.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place an import writes through other features: their services, so their rules,
 * sanitizer, revisions and slugs apply as to any API client. Every call runs inside the
 * import's per-record transaction. When the structure of those features moves, only this
 * class follows.
 */
@ApplicationScoped
public class ImportWriter {

    @Inject
    AuthorService authors;

    @Inject
    SectionService sections;

    @Inject
    TagService tags;

    @Inject
    ContentService content;

    @Inject
    OldSlugRepository oldSlugs;

    @Inject
    CommentRepository comments;

    @Inject
    UserRepository users;

    @Inject
    EntityManager em;

    /** Writes as the admin who started the import. */
    public AuthenticatedUser actingAs(UUID userId) {
        User user = users.findByIdOptional(userId)
                .orElseThrow(() -> new IllegalStateException("The user who started the import is gone"));
        return new AuthenticatedUser(user.id, user.name, user.role, user.authorId, null);
    }

    public Written author(UUID known, String name, String slug) {
        if (known != null && exists("authors", known)) {
            ObjectNode patch = JsonNodeFactory.instance.objectNode().put("name", name);
            authors.patch(known, patch);
            return new Written(known, false);
        }
        Optional<UUID> sameSlug = idBySlug("authors", slug);
        if (sameSlug.isPresent()) {
            return new Written(sameSlug.get(), false);
        }
        return new Written(authors.create(new AuthorRequest(name, slug, null, null, null)).id(), true);
    }

    public Written section(UUID known, String name, String slug, String description, UUID parentId) {
        if (known != null && exists("sections", known)) {
            ObjectNode patch = JsonNodeFactory.instance.objectNode().put("name", name).put("description", description);
            sections.patch(known, patch);
            return new Written(known, false);
        }
        Optional<UUID> sameSlug = idBySlug("sections", slug);
        if (sameSlug.isPresent()) {
            return new Written(sameSlug.get(), false);
        }
        return new Written(sections.create(new SectionRequest(name, slug, description, parentId)).id(), true);
    }

    public Written tag(UUID known, String name, String slug, String description) {
        if (known != null && exists("tags", known)) {
            ObjectNode patch = JsonNodeFactory.instance.objectNode().put("name", name).put("description", description);
            tags.patch(known, patch);
            return new Written(known, false);
        }
        Optional<UUID> sameSlug = idBySlug("tags", slug);
        if (sameSlug.isPresent()) {
            return new Written(sameSlug.get(), false);
        }
        return new Written(tags.create(new TagRequest(name, slug, description)).id(), true);
    }

    /** Creates the item, or replaces what an earlier import made (a merge patch of every field). */
    public Written item(UUID known, ContentType type, ObjectNode body, AuthenticatedUser caller) {
        if (known != null && exists("content_items", known)) {
            ContentView view = content.patch(type, known, body, caller, null);
            return new Written(view.id(), false);
        }
        return new Written(content.create(type, body, caller).id(), true);
    }

    public void oldSlug(ContentType type, String slug, UUID itemId) {
        if (idBySlugOfType(type, slug).isEmpty()) {
            oldSlugs.remember(type, slug, itemId, Times.now());
        }
    }

    /** The item's permalink path on the old site; GET /resolve redirects from it. */
    public void oldPath(String path, UUID itemId) {
        em.createNativeQuery("INSERT INTO content_old_paths (path, content_id, created_at) VALUES (:path, :id, :now) "
                        + "ON CONFLICT (path) DO UPDATE SET content_id = excluded.content_id")
                .setParameter("path", path).setParameter("id", itemId).setParameter("now", Times.now())
                .executeUpdate();
    }

    /**
     * A comment with its original date and status. Comments have no service path for that (a
     * reader's submission is always new and moderated by rules), so the import builds the entity
     * with the comment feature's own renderer and counts approved ones afterwards ({@link #recount}).
     */
    public Written comment(UUID known, UUID itemId, Comment parent, String name, String email, String text,
            CommentStatus status, Instant createdAt) {
        CommentBodyRenderer.Rendered rendered = CommentBodyRenderer.render(text);
        Comment comment = known == null ? null : comments.findByIdOptional(known).orElse(null);
        boolean created = comment == null;
        if (created) {
            comment = new Comment();
            comment.contentId = itemId;
            comment.parentId = parent == null ? null : parent.id;
            comment.depth = parent == null ? 0 : parent.depth + 1;
            comment.createdAt = createdAt;
        }
        comment.authorName = name;
        comment.authorEmail = email;
        comment.body = text;
        comment.bodyHtml = rendered.html();
        comment.status = status;
        comment.updatedAt = Times.now();
        if (created) {
            comments.persist(comment);
        }
        return new Written(comment.id, created);
    }

    public Optional<Comment> findComment(UUID id) {
        return id == null ? Optional.empty() : comments.findByIdOptional(id);
    }

    public void recount(UUID itemId) {
        comments.flush();
        if (comments.lockItem(itemId)) {
            comments.recount(itemId);
        }
    }

    private boolean exists(String table, UUID id) {
        return !em.createNativeQuery("SELECT 1 FROM " + table + " WHERE id = :id").setParameter("id", id)
                .getResultList().isEmpty();
    }

    private Optional<UUID> idBySlug(String table, String slug) {
        return em.createNativeQuery("SELECT id FROM " + table + " WHERE slug = :slug").setParameter("slug", slug)
                .getResultList().stream().findFirst().map(UUID.class::cast);
    }

    private Optional<UUID> idBySlugOfType(ContentType type, String slug) {
        return em.createNativeQuery("SELECT id FROM content_items WHERE type = :type AND slug = :slug")
                .setParameter("type", type.value()).setParameter("slug", slug)
                .getResultList().stream().findFirst().map(UUID.class::cast);
    }

    /** What a write made: the record's id, and whether it is new. */
    public record Written(UUID id, boolean created) {
    }

    static ApiException unknown(String what) {
        return ApiException.invalid("ref", what);
    }
}
