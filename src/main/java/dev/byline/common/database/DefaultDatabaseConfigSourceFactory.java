package dev.byline.common.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.AbstractConfigSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code quarkus.datasource.jdbc.url} when nobody set it, from {@link DatabaseLocator}'s
 * decision. Its ordinal is below every source a user writes to (properties files, environment,
 * system properties), so a URL set anywhere wins and this source is never asked.
 * <p>
 * The decision is taken on the first read of the URL, not here: Quarkus also builds a
 * configuration while it builds the app, and nothing may be probed then. For the same reason
 * the source lists no property names.
 */
public class DefaultDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String NAME = "Byline default database";
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        DatabaseSettings settings = DatabaseSettings.from(name -> lookup(context, name));
        return List.of(new AbstractConfigSource(NAME, ORDINAL) {
            @Override
            public Set<String> getPropertyNames() {
                return Set.of();
            }

            @Override
            public String getValue(String propertyName) {
                return URL.equals(propertyName) ? DatabaseLocator.decideOnce(settings).jdbcUrl() : null;
            }
        });
    }

    /** The value for the active profile first ({@code %dev.byline...}), then the plain one. */
    private static Optional<String> lookup(ConfigSourceContext context, String name) {
        for (String profile : context.getProfiles()) {
            Optional<String> value = valueOf(context.getValue("%" + profile + "." + name));
            if (value.isPresent()) {
                return value;
            }
        }
        return valueOf(context.getValue(name));
    }

    private static Optional<String> valueOf(ConfigValue value) {
        return value == null || value.getValue() == null || value.getValue().isBlank()
                ? Optional.empty()
                : Optional.of(value.getValue());
    }
}
