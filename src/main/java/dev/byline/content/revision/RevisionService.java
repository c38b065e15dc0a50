package dev.byline.content.revision;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.content.workflow.ContentAccess;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentItemRepository;
import dev.byline.content.ContentStamp;
import dev.byline.content.ContentType;
import dev.byline.content.ContentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * An item's history (API.md §3): every write that changes what an editor would call the
 * content stores the full view as it then was. Owners and editors read it; restoring is a
 * content write and lives in {@code ContentService.restore}.
 */
@ApplicationScoped
public class RevisionService {

    /** The name revisions made by scheduled publishing carry. */
    public static final String SCHEDULER = "Scheduler";

    @Inject
    ContentRevisionRepository revisions;

    @Inject
    ContentItemRepository items;

    @Inject
    ObjectMapper mapper;

    /**
     * Stores what the item is now. Call inside the writing transaction after the write is
     * flushed, so that {@code view.version()} is the version the write produced.
     */
    public ContentRevision record(ContentItem item, ContentView view, RevisionAction action,
            AuthenticatedUser user) {
        ContentRevision revision = new ContentRevision();
        revision.content = item;
        revision.version = view.version();
        revision.action = action;
        revision.userId = user == null ? null : user.id();
        revision.userName = user == null ? SCHEDULER : user.name();
        revision.createdAt = Times.now();
        revision.title = view.title();
        revision.status = view.status();
        revision.snapshot = mapper.valueToTree(view);
        revisions.persist(revision);
        return revision;
    }

    @Transactional
    public PageView<RevisionSummaryView> list(ContentType type, UUID id, AuthenticatedUser caller, PageParams paging) {
        ContentStamp item = readable(type, id, caller);
        return new PageView<>(revisions.page(item.id(), paging.offset(), paging.size()),
                PageMeta.of(paging.page(), paging.size(), revisions.countFor(item.id()), null));
    }

    @Transactional
    public RevisionView get(ContentType type, UUID id, UUID revisionId, AuthenticatedUser caller) {
        ContentStamp item = readable(type, id, caller);
        return RevisionView.of(find(item.id(), revisionId));
    }

    /** One of the item's revisions, or 404. */
    public ContentRevision find(UUID contentId, UUID revisionId) {
        return revisions.findFor(contentId, revisionId)
                .orElseThrow(() -> ApiException.notFound("Revision " + revisionId));
    }

    private ContentStamp readable(ContentType type, UUID id, AuthenticatedUser caller) {
        ContentStamp item = items.stamp(type, id)
                .filter(found -> ContentAccess.canSee(found, Optional.of(caller), Times.now()))
                .orElseThrow(() -> type.notFound(id.toString()));
        ContentAccess.checkCanReadHistory(item, caller);
        return item;
    }
}
