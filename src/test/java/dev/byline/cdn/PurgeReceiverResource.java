package dev.byline.cdn;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts a {@link PurgeReceiver} before the app and points byline.cdn.purge-urls at it. */
public class PurgeReceiverResource implements QuarkusTestResourceLifecycleManager {

    static final String SECRET = "test-purge-secret-0123456789";

    private PurgeReceiver receiver;

    @Override
    public Map<String, String> start() {
        try {
            receiver = new PurgeReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "byline.cdn.purge-urls", receiver.url(),
                "byline.cdn.purge-secret", SECRET,
                "byline.cdn.backoff-base", "PT0.05S",
                "byline.cdn.backoff-max", "PT0.2S");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(receiver, new TestInjector.MatchesType(PurgeReceiver.class));
    }

    @Override
    public void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
