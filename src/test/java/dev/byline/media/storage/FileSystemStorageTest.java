package dev.byline.media.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract against a directory. */
class FileSystemStorageTest extends MediaStorageContract {

    @TempDir
    Path directory;

    private MediaStorage storage;

    @BeforeEach
    void open() {
        storage = new FileSystemStorage(directory);
    }

    @Override
    MediaStorage storage() {
        return storage;
    }
}
