package dev.byline.media.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract against a real S3-compatible server (S3Proxy, started here). */
class S3StorageTest extends MediaStorageContract {

    private static S3Server server;
    private static MediaStorage storage;

    @BeforeAll
    static void start() {
        server = S3Server.start();
        storage = MediaStorageProducer.s3(new TestS3Settings(server.endpoint(), "contract"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    MediaStorage storage() {
        return storage;
    }
}
