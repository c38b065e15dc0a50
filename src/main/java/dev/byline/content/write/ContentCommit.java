package dev.byline.content.write;

import dev.byline.common.events.DomainEvent;
import dev.byline.common.persistence.Times;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.web.Permalinks;
import dev.byline.content.ContentAction;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentItemRepository;
import dev.byline.content.ContentMapper;
import dev.byline.content.ContentView;
import dev.byline.content.revision.RevisionAction;
import dev.byline.content.revision.RevisionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The one epilogue of every content write (create, update, restore, scheduled publishing):
 * flush, map the view, record the revision, fire the {@code article.*} / {@code post.*} event,
 * all inside the writing transaction.
 */
@ApplicationScoped
public class ContentCommit {

    @Inject
    Permalinks permalinks;

    @Inject
    Event<DomainEvent> events;

    @Inject
    ContentItemRepository items;

    @Inject
    RevisionService revisions;

    /**
     * Ends a write.
     *
     * @param revision the revision to record, or null when the write changed nothing revised
     * @param caller   who wrote, or null for the scheduler
     * @param action   the event to fire, or null for none
     */
    public ContentView commit(ContentItem item, RevisionAction revision, AuthenticatedUser caller,
            ContentAction action) {
        items.flush();
        ContentView view = ContentMapper.full(permalinks, item);
        if (revision != null) {
            revisions.record(item, view, revision, caller);
        }
        if (action != null) {
            fire(item, action, view);
        }
        return view;
    }

    public void fire(ContentItem item, ContentAction action, ContentView view) {
        events.fire(new DomainEvent(action.event(item.type), item.id, Times.now(), view));
    }
}
