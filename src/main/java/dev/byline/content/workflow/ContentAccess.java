package dev.byline.content.workflow;

import dev.byline.content.ContentItem;
import dev.byline.content.ContentStamp;
import dev.byline.content.ContentStatus;

import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.security.Role;
import dev.byline.common.error.ApiException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and change what (API.md §2, §3): contributors and authors act on their own
 * content only; editors and admins on all. Anonymous callers see public items only, and get
 * 404 (not 403) for the rest, so unpublished slugs do not leak.
 */
public final class ContentAccess {

    private ContentAccess() {
    }

    public static boolean isOwner(ContentItem item, AuthenticatedUser user) {
        return isOwner(item.createdBy, user);
    }

    private static boolean isOwner(UUID createdBy, AuthenticatedUser user) {
        return createdBy != null && createdBy.equals(user.id());
    }

    public static boolean canSee(ContentItem item, Optional<AuthenticatedUser> caller, Instant now) {
        return item.isPublic(now) || canSeeUnpublished(item.createdBy, caller);
    }

    public static boolean canSee(ContentStamp item, Optional<AuthenticatedUser> caller, Instant now) {
        return item.isPublic(now) || canSeeUnpublished(item.createdBy(), caller);
    }

    private static boolean canSeeUnpublished(UUID createdBy, Optional<AuthenticatedUser> caller) {
        return caller.map(user -> user.isAtLeast(Role.EDITOR) || isOwner(createdBy, user)).orElse(false);
    }

    /** An item's history is for its owner and editors (API.md §3), whatever its status. */
    public static void checkCanReadHistory(ContentStamp item, AuthenticatedUser user) {
        if (!user.isAtLeast(Role.EDITOR) && !isOwner(item.createdBy(), user)) {
            throw ApiException.forbidden("Only the owner and editors may read the revisions of this "
                    + item.type().value());
        }
    }

    /** Fails unless the caller may change the item at all (before looking at what changes). */
    public static void checkCanEdit(ContentItem item, AuthenticatedUser user) {
        if (user.isAtLeast(Role.EDITOR)) {
            return;
        }
        if (!isOwner(item, user)) {
            throw ApiException.forbidden("You may only change your own " + item.type.collection());
        }
        if (user.role() == Role.CONTRIBUTOR && item.status != ContentStatus.DRAFT) {
            throw ApiException.forbidden("Contributors may only change drafts");
        }
    }

    public static void checkCanDelete(ContentItem item, AuthenticatedUser user) {
        if (user.isAtLeast(Role.EDITOR)) {
            return;
        }
        if (!isOwner(item, user) || item.status != ContentStatus.DRAFT) {
            throw ApiException.forbidden("You may only delete your own drafts");
        }
    }

    /** Contributors never publish or schedule; authors and up may. */
    public static void checkCanSetStatus(ContentStatus from, ContentStatus to, AuthenticatedUser user) {
        if (from == to) {
            return;
        }
        if (user.role() == Role.CONTRIBUTOR && to != ContentStatus.DRAFT) {
            throw ApiException.forbidden("Contributors cannot move content to " + to);
        }
    }
}
