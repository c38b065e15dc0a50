package dev.byline.search;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.persistence.LongWork;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

/**
 * Keeps the index in step with {@code byline.search.config} at start: refuses a
 * configuration the database does not know (every search would fail), and re-indexes the
 * rows indexed with another one, so a changed setting never mixes stemmers between the
 * index and the queries. Runs after the migrations; harmless when several instances start.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    @Inject
    BylineConfig config;

    @Inject
    EntityManager em;

    @Inject
    LongWork longWork;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) StartupEvent event) {
        String name = config.search().config();
        // Every row may change: not held to the request bound.
        longWork.run(() -> {
            checkKnown(name);
            int changed = em.createNativeQuery("UPDATE content_items SET search_config = cast(:config as regconfig) "
                    + "WHERE search_config <> cast(:config as regconfig)").setParameter("config", name).executeUpdate();
            if (changed > 0) {
                LOG.infof("Re-indexed %d items for the text search configuration %s", changed, name);
            }
        });
    }

    private void checkKnown(String name) {
        try {
            em.createNativeQuery("SELECT cast(cast(:config as regconfig) as text)").setParameter("config", name)
                    .getSingleResult();
        } catch (PersistenceException e) {
            throw new IllegalStateException("byline.search.config=" + name + " is not a text search configuration "
                    + "of the database (psql \\dF lists them, e.g. english, simple, german)", e);
        }
    }
}
