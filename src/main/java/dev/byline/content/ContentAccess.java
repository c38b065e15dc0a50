package dev.byline.content;

import dev.byline.auth.AuthenticatedUser;
import dev.byline.auth.Role;
import dev.byline.common.error.ApiException;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may see and change what (API.md §2, §3): contributors and authors act on their own
 * content only; editors and admins on all. Anonymous callers see public items only, and get
 * 404 (not 403) for the rest, so unpublished slugs do not leak.
 */
public final class ContentAccess {

    private ContentAccess() {
    }

    public static boolean isOwner(ContentItem item, AuthenticatedUser user) {
        return item.createdBy != null && item.createdBy.equals(user.id());
    }

    public static boolean canSee(ContentItem item, Optional<AuthenticatedUser> caller, Instant now) {
        if (item.isPublic(now)) {
            return true;
        }
        return caller.map(user -> user.isAtLeast(Role.EDITOR) || isOwner(item, user)).orElse(false);
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
