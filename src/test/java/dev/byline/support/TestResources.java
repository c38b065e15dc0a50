package dev.byline.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the global test resources once for the whole suite. */
@QuarkusTestResource(value = DatabaseProxyResource.class, restrictToAnnotatedClass = false)
public final class TestResources {
    private TestResources() {
    }
}
