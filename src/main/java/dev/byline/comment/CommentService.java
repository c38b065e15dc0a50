package dev.byline.comment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.FieldError;
import dev.byline.common.events.DomainEvent;
import dev.byline.common.events.EventName;
import dev.byline.common.persistence.Times;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.security.Role;
import dev.byline.common.web.MergePatcher;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentItemRepository;
import dev.byline.content.ContentType;
import dev.byline.content.workflow.ContentAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Comments on articles and posts (API.md §5): public threads, submission with its status
 * rules and rate limit, and moderation. Every change to which comments are approved recounts
 * the item's {@code comment_count} in the same transaction, after taking the item's row lock
 * (see {@link CommentRepository#lockItem}). This service never writes the item's
 * {@code version}; a database trigger (V3) moves it when {@code comment_count} changes, because
 * the item's representation changed.
 */
@ApplicationScoped
public class CommentService {

    @Inject
    CommentRepository comments;

    @Inject
    ContentItemRepository items;

    @Inject
    CommentRateLimiter rateLimiter;

    @Inject
    MergePatcher patcher;

    @Inject
    Event<DomainEvent> events;

    /** Approved comments of an item the caller may see, oldest first. */
    @Transactional
    public PageView<CommentView> list(ContentType type, UUID itemId, PageParams paging,
            Optional<AuthenticatedUser> caller) {
        ContentItem item = visibleItem(type, itemId, caller);
        long total = comments.countApproved(item.id);
        List<CommentView> data = comments.approvedPage(item.id, paging.offset(), paging.size()).stream()
                .map(CommentView::of).toList();
        return new PageView<>(data, PageMeta.of(paging.page(), paging.size(), total, null));
    }

    @Transactional
    public PostedCommentView submit(ContentType type, UUID itemId, CreateCommentRequest request, String client,
            Optional<AuthenticatedUser> caller) {
        boolean editor = caller.map(user -> user.isAtLeast(Role.EDITOR)).orElse(false);
        if (!editor) {
            // API.md §5: editor+ tokens are not limited (moderators reply in bursts).
            rateLimiter.hit(client);
        }
        ContentItem item = visibleItem(type, itemId, caller);
        Instant now = Times.now();
        if (!item.isPublic(now)) {
            throw ApiException.forbidden("Comments are accepted on published " + type.collection() + " only");
        }
        if (!item.commentsOpen) {
            throw ApiException.forbidden("Comments are closed on this " + type.value());
        }
        checkCharacters(request);
        Comment parent = parent(request.parentId(), item, editor);

        Comment comment = new Comment();
        comment.contentId = item.id;
        comment.parentId = parent == null ? null : parent.id;
        comment.depth = parent == null ? 0 : parent.depth + 1;
        comment.authorName = request.authorName().strip();
        comment.authorEmail = request.authorEmail().strip();
        comment.body = request.body().strip();
        CommentBodyRenderer.Rendered rendered = CommentBodyRenderer.render(comment.body);
        comment.bodyHtml = rendered.html();
        comment.status = CommentStatusRules.statusFor(editor, request.website(), rendered.links(),
                comment.authorEmail, comments::hasApprovedComment);
        comment.createdAt = now;
        comment.updatedAt = now;

        boolean approved = comment.status == CommentStatus.APPROVED;
        if (approved) {
            comments.lockItem(item.id);
        }
        comments.persist(comment);
        comments.flush();
        if (approved) {
            comments.recount(item.id);
        }
        CommentModerationView view = CommentModerationView.of(
                new CommentRepository.WithItem(comment, item.type, item.title, item.slug));
        fire(EventName.COMMENT_CREATED, comment, view);
        if (approved) {
            fire(EventName.COMMENT_APPROVED, comment, view);
        }
        return PostedCommentView.of(comment);
    }

    /**
     * A comment as its poster may follow it (API.md §12): approved and pending comments of a
     * public item, with their status; spam, trash and comments of hidden items are absent.
     */
    @Transactional
    public PostedCommentView publicView(UUID id) {
        return comments.findWithItemState(id)
                .filter(found -> found.comment().status == CommentStatus.APPROVED
                        || found.comment().status == CommentStatus.PENDING)
                .filter(found -> found.itemPublic(Times.now()))
                .map(found -> PostedCommentView.of(found.comment()))
                .orElseThrow(() -> notFound(id));
    }

    /** The moderation queue: comments in the given statuses (all when null), newest first. */
    @Transactional
    public PageView<CommentModerationView> moderationList(Set<CommentStatus> statuses, PageParams paging) {
        long total = comments.countModeration(statuses);
        List<CommentModerationView> data = comments.moderationPage(statuses, paging.offset(), paging.size())
                .stream().map(CommentModerationView::of).toList();
        return new PageView<>(data, PageMeta.of(paging.page(), paging.size(), total, null));
    }

    @Transactional
    public CommentModerationView get(UUID id) {
        return comments.findWithItem(id).map(CommentModerationView::of).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public CommentModerationView patch(UUID id, JsonNode body) {
        UUID itemId = comments.itemOf(id).orElseThrow(() -> notFound(id));
        comments.lockItem(itemId);
        Comment comment = comments.findForUpdate(id).orElseThrow(() -> notFound(id));
        CommentPatch patch = patcher.apply(new CommentPatch(comment.status), body, CommentPatch.class);
        CommentStatus before = comment.status;
        if (patch.status() != before) {
            comment.status = patch.status();
            comment.updatedAt = Times.now();
            comments.flush();
            if (before == CommentStatus.APPROVED || comment.status == CommentStatus.APPROVED) {
                comments.recount(itemId);
            }
        }
        CommentModerationView view = get(id);
        if (before != CommentStatus.APPROVED && comment.status == CommentStatus.APPROVED) {
            fire(EventName.COMMENT_APPROVED, comment, view);
        }
        return view;
    }

    /** Deletes the comment and every reply below it, and recounts the item. */
    @Transactional
    public void delete(UUID id) {
        UUID itemId = comments.itemOf(id).orElseThrow(() -> notFound(id));
        comments.lockItem(itemId);
        if (comments.findForUpdate(id).isEmpty()) {
            throw notFound(id);
        }
        comments.deleteThread(id);
        comments.recount(itemId);
    }

    private ContentItem visibleItem(ContentType type, UUID id, Optional<AuthenticatedUser> caller) {
        String name = type.displayName() + " ";
        return items.findByIdOptional(id)
                .filter(item -> item.type == type && ContentAccess.canSee(item, caller, Times.now()))
                .orElseThrow(() -> ApiException.notFound(name + id));
    }

    /**
     * The comment a reply answers: on the same item, visible to the caller (readers may only
     * answer approved comments; a comment they cannot see is treated as absent), and not yet
     * at the deepest level.
     */
    private Comment parent(UUID parentId, ContentItem item, boolean editor) {
        if (parentId == null) {
            return null;
        }
        Comment parent = comments.findByIdOptional(parentId)
                .filter(found -> found.contentId.equals(item.id))
                .filter(found -> editor || found.status == CommentStatus.APPROVED)
                .orElseThrow(() -> ApiException.invalid("parentId", "no such comment on this " + item.type.value()));
        if (parent.depth >= Comment.MAX_DEPTH) {
            throw ApiException.invalid("parentId", "replies nest at most " + Comment.MAX_DEPTH
                    + " levels deep; this comment is already at depth " + parent.depth);
        }
        return parent;
    }

    /** Plain text only: no control characters but line breaks and tabs in the body, none in the name. */
    private static void checkCharacters(CreateCommentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (hasControl(request.authorName(), false)) {
            errors.add(new FieldError("authorName", "must not contain control characters"));
        }
        if (hasControl(request.body(), true)) {
            errors.add(new FieldError("body", "must not contain control characters other than line breaks and tabs"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static boolean hasControl(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(allowLineBreaks && lineBreak)) {
                return true;
            }
        }
        return false;
    }

    private void fire(EventName name, Comment comment, CommentModerationView view) {
        events.fire(new DomainEvent(name, comment.id, Times.now(), view));
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("Comment " + id);
    }
}
