package dev.byline.content.workflow;

import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.Times;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * The status rules of API.md §3 "Workflow": what a requested status, publishedAt and publishAt
 * make of an item. Who may ask for which status is {@link ContentAccess}'s.
 */
public final class Workflow {

    private Workflow() {
    }

    public static void apply(ContentItem item, ContentStatus status, Instant publishedAt, Instant publishAt,
            Instant now) {
        // Published with a date ahead is scheduled for that date, as in WordPress: the scheduler
        // then publishes it on time with its revision and its published event.
        if (status == ContentStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now)) {
            status = ContentStatus.SCHEDULED;
            publishAt = publishedAt;
            publishedAt = null;
        }
        // A scheduled item keeps its instant through edits even once it is due: the scheduler
        // publishes it on its next pass. Only a new or moved instant must lie ahead.
        boolean keepsSchedule = item.status == ContentStatus.SCHEDULED && status == ContentStatus.SCHEDULED
                && Objects.equals(Times.millis(publishAt), item.publishAt);
        if (status == ContentStatus.SCHEDULED && !keepsSchedule && (publishAt == null || !publishAt.isAfter(now))) {
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
}
