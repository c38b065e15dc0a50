package dev.byline.media;

import dev.byline.media.storage.S3ServerResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;

/** Every media test again, with the files in an S3-compatible server instead of a directory. */
@QuarkusTest
@TestProfile(MediaS3Test.S3Storage.class)
class MediaS3Test extends MediaTest {

    public static class S3Storage implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3ServerResource.class));
        }
    }
}
