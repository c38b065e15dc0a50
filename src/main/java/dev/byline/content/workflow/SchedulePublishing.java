package dev.byline.content.workflow;

import dev.byline.common.persistence.Times;
import dev.byline.content.ContentAction;
import dev.byline.content.write.ContentCommit;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentItemRepository;
import dev.byline.content.ContentStatus;
import dev.byline.content.ContentType;
import dev.byline.content.revision.RevisionAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishes one due scheduled item per transaction (API.md §3 workflow): status published,
 * publishedAt = publishAt, publishAt cleared, a new version, a revision and the
 * {@code <type>.published} event, all committed together. Exactly once across instances: the
 * item's row is locked with {@code SKIP LOCKED} and re-checked as still scheduled and due, so
 * of two instances at most one gets it, and after that one commits it is no longer due.
 */
@ApplicationScoped
public class SchedulePublishing {

    @Inject
    ContentItemRepository items;

    @Inject
    ContentCommit events;

    /** Candidates only: each is locked and checked again by {@link #publishIfDue}. */
    @Transactional
    public List<UUID> dueIds(Instant now, int limit) {
        return items.dueIds(now, limit);
    }

    /** True when this call published the item; false when it is not due, gone, or another is on it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean publishIfDue(UUID id, Instant now) {
        Optional<ContentType> type = items.lockIfDue(id, now);
        if (type.isEmpty()) {
            return false;
        }
        ContentItem item = items.findFull(type.get(), id).orElseThrow();
        item.status = ContentStatus.PUBLISHED;
        item.publishedAt = item.publishAt;
        item.publishAt = null;
        item.updatedAt = Times.now();
        events.commit(item, RevisionAction.SCHEDULED_PUBLISH, null, ContentAction.PUBLISHED);
        return true;
    }
}
