package dev.byline.common.config;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * A training start ({@code byline.exit-when-started=true}) ends the process once everything that
 * runs at start has run: the database migrated and checked, the first admin, the listeners.
 * Started with {@code -XX:ArchiveClassesAtExit=app-start.jsa}, the JVM then writes an archive of
 * every class the start loaded, and later starts with {@code -XX:SharedArchiveFile=app-start.jsa}
 * map them instead of loading them (an archive Quarkus writes at build time holds only the
 * classes of static init).
 */
@ApplicationScoped
public class TrainingStart {

    private static final Logger LOG = Logger.getLogger(TrainingStart.class);

    @Inject
    BylineConfig config;

    void onStarted(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) StartupEvent event) {
        if (config.exitWhenStarted()) {
            LOG.info("Training start: started, now stopping (byline.exit-when-started)");
            Quarkus.asyncExit(0);
        }
    }
}
