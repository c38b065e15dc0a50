package dev.byline.auth;

import dev.byline.common.config.BylineConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * First start: when no user exists, creates an admin whose token is BYLINE_ADMIN_TOKEN, or a
 * generated one printed once to the log. Runs after the database is migrated.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    BylineConfig config;

    @Inject
    UserService users;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) StartupEvent event) {
        String secret = config.adminToken().filter(TokenSecrets::isStrongEnough).orElse(null);
        if (config.adminToken().isPresent() && secret == null) {
            throw new IllegalStateException("BYLINE_ADMIN_TOKEN must start with " + TokenSecrets.PREFIX
                    + " and have at least 32 more characters");
        }
        boolean generated = secret == null;
        String token = generated ? TokenSecrets.generate() : secret;
        if (users.createFirstAdmin("Admin", "admin@localhost", token, "bootstrap")) {
            if (generated) {
                LOG.infof("Created the first admin. Its API token, shown only this once: %s", token);
            } else {
                LOG.info("Created the first admin with the token from BYLINE_ADMIN_TOKEN");
            }
        }
    }
}
