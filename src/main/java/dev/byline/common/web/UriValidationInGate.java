package dev.byline.common.web;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Moves the check "the request URI parses" from Quarkus' root handler, which answers a
 * failure with an empty 400, into {@link RequestGate}, which answers with a problem. Quarkus
 * skips its check when the system property {@code vertx.disableURIValidation} is true, and
 * reads it when the HTTP server is set up; configuration is read before that, so this
 * (otherwise empty) configuration source sets it. An explicit {@code -D} setting wins.
 */
public class UriValidationInGate implements ConfigSourceFactory {

    static final String PROPERTY = "vertx.disableURIValidation";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
        return List.of();
    }
}
