package dev.byline.media.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every media storage must do; each implementation's test class runs all of it. */
abstract class MediaStorageContract {

    abstract MediaStorage storage();

    @Test
    void shouldReadBackWhatWasPutAndReportItsSize() {
        String key = StorageKeys.original(UUID.randomUUID());
        byte[] bytes = "the original bytes".getBytes(StandardCharsets.UTF_8);
        storage().put(key, bytes);
        assertArrayEquals(bytes, storage().read(key));
        StoredFile stat = storage().stat(key).orElseThrow();
        assertEquals(bytes.length, stat.size());
        assertTrue(stat.lastModified().isAfter(Instant.now().minusSeconds(120)));
    }

    @Test
    void shouldServeByteRanges() throws IOException {
        String key = StorageKeys.rendition(UUID.randomUUID(), 640, "webp");
        byte[] bytes = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
        storage().put(key, bytes);
        try (InputStream in = storage().open(key, 5, 7)) {
            assertArrayEquals(Arrays.copyOfRange(bytes, 5, 12), in.readAllBytes());
        }
        try (InputStream in = storage().open(key, 0, bytes.length)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void shouldReplaceAFileWholeWhenPutAgain() throws Exception {
        String key = StorageKeys.original(UUID.randomUUID());
        byte[] a = new byte[256 * 1024];
        byte[] b = new byte[256 * 1024];
        Arrays.fill(a, (byte) 'a');
        Arrays.fill(b, (byte) 'b');
        storage().put(key, a);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    storage().put(key, i % 2 == 0 ? b : a);
                }
            });
            while (!writer.isDone()) {
                byte[] read = storage().read(key);
                assertTrue(Arrays.equals(read, a) || Arrays.equals(read, b), "a reader saw a partly written file");
            }
            writer.get();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldTellMissingFiles() {
        String key = StorageKeys.original(UUID.randomUUID());
        assertTrue(storage().stat(key).isEmpty());
        assertThrows(RuntimeException.class, () -> storage().read(key));
    }

    @Test
    void shouldDeleteEveryFileOfAMediaItemAndNothingElse() {
        UUID gone = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        storage().put(StorageKeys.original(gone), new byte[] {1});
        storage().put(StorageKeys.rendition(gone, 320, "jpg"), new byte[] {2});
        storage().put(StorageKeys.original(kept), new byte[] {3});
        storage().deleteAll(StorageKeys.prefix(gone));
        assertTrue(storage().stat(StorageKeys.original(gone)).isEmpty());
        assertTrue(storage().stat(StorageKeys.rendition(gone, 320, "jpg")).isEmpty());
        assertTrue(storage().stat(StorageKeys.original(kept)).isPresent());
        storage().deleteAll(StorageKeys.prefix(UUID.randomUUID()));
    }

    @Test
    void shouldListFilesByTheKeysTheyWerePutUnderAndDeleteOne() {
        UUID id = UUID.randomUUID();
        storage().put(StorageKeys.original(id), new byte[] {1, 2});
        storage().put(StorageKeys.rendition(id, 960, "webp"), new byte[] {3});
        List<String> keys;
        try (Stream<StoredFile> files = storage().list()) {
            keys = files.map(StoredFile::key).toList();
        }
        assertTrue(keys.contains(id + "/original"), keys.toString());
        assertTrue(keys.contains(id + "/w960.webp"), keys.toString());
        storage().delete(id + "/w960.webp");
        assertTrue(storage().stat(StorageKeys.rendition(id, 960, "webp")).isEmpty());
        assertTrue(storage().stat(StorageKeys.original(id)).isPresent());
    }

    @Test
    void shouldRefuseKeysThatCouldLeaveTheStore() {
        assertThrows(IllegalArgumentException.class, () -> storage().put("../../etc/passwd", new byte[] {1}));
        assertThrows(IllegalArgumentException.class, () -> storage().read(UUID.randomUUID() + "/../x"));
        assertThrows(IllegalArgumentException.class, () -> storage().deleteAll("/"));
    }
}
