package dev.byline.media.storage;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the test S3 server and points the app's media storage at it. */
public class S3ServerResource implements QuarkusTestResourceLifecycleManager {

    private S3Server server;

    @Override
    public Map<String, String> start() {
        server = S3Server.start();
        return Map.of(
                "byline.media.storage", "s3",
                "byline.media.s3.endpoint", server.endpoint(),
                "byline.media.s3.bucket", "byline-media-test",
                "byline.media.s3.access-key", S3Server.ACCESS_KEY,
                "byline.media.s3.secret-key", S3Server.SECRET_KEY,
                "byline.media.s3.prefix", "media");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
