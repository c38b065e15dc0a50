package dev.byline.content.index;

import dev.byline.common.config.BylineConfig;
import dev.byline.content.ContentItem;
import io.quarkus.arc.Arc;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Stamps every content row the app writes with the configured text search configuration
 * ({@code byline.search.config}); the V5 trigger indexes the row with it. An entity listener,
 * so no write path can forget it.
 */
public class SearchConfigListener {

    @PrePersist
    @PreUpdate
    void stamp(ContentItem item) {
        item.searchConfig = Arc.container().instance(BylineConfig.class).get().search().config();
    }
}
