package dev.byline.media.storage;

import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where media files live. Keys are relative paths ({@code <mediaId>/original},
 * {@code <mediaId>/w640.webp}); everything of one media item shares the prefix {@code <mediaId>/}.
 * A {@link #put} is atomic: readers see the old file or the whole new one, never a part.
 */
public interface MediaStorage {

    /** Writes the file whole, replacing any file with that key. */
    void put(String key, byte[] bytes);

    /** The file's size and time, or empty when there is none. */
    Optional<StoredFile> stat(String key);

    /** {@code length} bytes from {@code offset}; the caller closes the stream. Fails when the file is missing. */
    InputStream open(String key, long offset, long length);

    /** The whole file. Fails when it is missing. */
    byte[] read(String key);

    /** Removes every file whose key starts with {@code prefix}; nothing when there is none. */
    void deleteAll(String prefix);

    /** Removes one file by the key {@link #list} gave it (strays and temporary files included). */
    void delete(String key);

    /** Every stored file, for the cleanup job; the caller closes the stream. */
    Stream<StoredFile> list();

    /** {@code filesystem} or {@code s3}, for logs and health. */
    String kind();
}
