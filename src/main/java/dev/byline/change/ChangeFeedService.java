package dev.byline.change;

import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.security.Role;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the change feed (API.md §14) as the caller may see it: editors and admins every change;
 * anyone else changes to what is or was public (a change that makes it non-public reads as
 * {@code delete}), plus, for authors and contributors, changes to their own items and to any
 * media item (every token holder may read media, API.md §11). Anonymous readers see a media item
 * while published content shows it (recorded by the triggers of V32).
 */
@ApplicationScoped
public class ChangeFeedService {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @Inject
    ChangeRepository changes;

    @Inject
    ChangeSequencer sequencer;

    public ChangeFeedView read(String since, Integer limit, Optional<AuthenticatedUser> caller) {
        long after = ChangeCursor.parse(since);
        int size = limit(limit);
        sequencer.catchUpIfPending();
        return page(since == null ? 0 : after, since != null, size, caller);
    }

    @Transactional
    ChangeFeedView page(long since, boolean given, int size, Optional<AuthenticatedUser> caller) {
        boolean all = caller.map(user -> user.isAtLeast(Role.EDITOR)).orElse(false);
        boolean media = caller.isPresent();
        UUID owner = caller.map(AuthenticatedUser::id).orElse(null);
        ChangeRepository.FeedPage page = changes.page(since, size, all, media, owner);
        if (given && since < page.prunedThrough()) {
            throw new ApiException(ProblemType.GONE, "Changes after " + since + " are no longer kept (the feed "
                    + "keeps them for a limited time). Re-sync: read everything again, then poll from the "
                    + "nextCursor of a first call without since made before that read.")
                    .with("oldestCursor", ChangeCursor.format(page.prunedThrough()));
        }
        if (given && since > page.head()) {
            throw new ApiException(ProblemType.GONE, "The cursor " + since + " is ahead of this feed (it comes from "
                    + "another or a restored database). Re-sync: read everything again, then poll from the "
                    + "nextCursor of a first call without since made before that read.")
                    .with("oldestCursor", ChangeCursor.format(page.prunedThrough()));
        }
        List<ChangeView> data = new ArrayList<>(page.changes().size());
        for (ChangeRepository.ChangeRow row : page.changes()) {
            data.add(new ChangeView(row.seq(), row.kind(), row.id(), action(row, all, media, owner), row.at()));
        }
        // A short page went through everything up to the head (in the same snapshot).
        long next = data.size() == size ? data.get(data.size() - 1).seq() : Math.max(page.head(), since);
        return new ChangeFeedView(data, new ChangeFeedView.Meta(ChangeCursor.format(next)));
    }

    private static String action(ChangeRepository.ChangeRow row, boolean all, boolean media, UUID owner) {
        if (row.deleted()) {
            return "delete";
        }
        boolean readable = all || row.isPublic() || (owner != null && owner.equals(row.owner()))
                || (media && "media".equals(row.kind()));
        return readable ? "upsert" : "delete";
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
