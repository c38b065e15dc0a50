package dev.byline.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Routes the test app's datasource through a {@link DatabaseProxy}, for every test class, so
 * outage tests can cut the database without a second app start.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    private static DatabaseProxy proxy;

    @Override
    public Map<String, String> start() {
        try {
            proxy = new DatabaseProxy("127.0.0.1", 5432);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the database proxy", e);
        }
        String database = System.getProperty("byline.test.database", "byline_test");
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database);
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.close();
            }
        } catch (Exception ignored) {
            // shutting down
        }
    }

    public static DatabaseProxy proxy() {
        return proxy;
    }
}
