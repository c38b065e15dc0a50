package dev.byline.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (JUnit extension auto-detection, see junit-platform.properties):
 * installs {@link OpenApiValidationFilter} in the RestAssured the test class sees. Quarkus loads
 * test classes in its own class loader, so the filter is installed through that loader.
 */
public class OpenApiValidationExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        Class<?> filter = Class.forName(OpenApiValidationFilter.class.getName(), true, loader);
        filter.getMethod("install").invoke(null);
    }
}
