package dev.byline.media;

import dev.byline.common.events.DomainEvent;
import dev.byline.common.events.EventName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Test-only: makes the transaction of an upload captioned {@link #MARKER} fail after its file
 * was written and its row inserted, as a failing commit would.
 */
@ApplicationScoped
public class FailingCommits {

    static final String MARKER = "fail-this-transaction";

    void failMarked(@Observes DomainEvent event) {
        if (event.name() == EventName.MEDIA_CREATED && event.data() instanceof MediaView view
                && MARKER.equals(view.caption())) {
            throw new IllegalStateException("Failing the upload's transaction on purpose");
        }
    }
}
