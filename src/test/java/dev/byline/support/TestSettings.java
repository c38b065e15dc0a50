package dev.byline.support;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import java.util.Iterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * The test suite's own settings ({@code -Dbyline.test.database=…}, which Surefire hands to the
 * test JVM as system properties) are read by the tests with {@link System#getProperty}; the
 * app's configuration does not see them, so the production {@code byline.*} mapping neither
 * declares them nor refuses them as unknown.
 */
public class TestSettings implements ConfigSourceInterceptor {

    static final String PREFIX = "byline.test.";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        return name.startsWith(PREFIX) ? null : context.proceed(name);
    }

    @Override
    public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(context.iterateNames(), 0), false)
                .filter(name -> !name.startsWith(PREFIX))
                .iterator();
    }
}
