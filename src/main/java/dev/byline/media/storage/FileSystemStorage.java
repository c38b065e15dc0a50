package dev.byline.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Media files in a directory: one folder per media item. Writes go to a temporary file in the
 * same folder and are renamed into place, so a reader never sees half a file and a crash
 * leaves at most a temporary file (named {@code .tmp-…}, which the cleanup job removes).
 */
public class FileSystemStorage implements MediaStorage {

    static final String TEMP_PREFIX = ".tmp-";

    private final Path root;

    public FileSystemStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the media directory " + this.root, e);
        }
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = path(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot write media file " + key, e);
        }
    }

    @Override
    public Optional<StoredFile> stat(String key) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path(key), BasicFileAttributes.class);
            return Optional.of(new StoredFile(key, attributes.size(), attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read media file " + key, e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(path(key), StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read media file " + key, e);
        }
    }

    @Override
    public byte[] read(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read media file " + key, e);
        }
    }

    @Override
    public void deleteAll(String prefix) {
        Path folder = root.resolve(StorageKeys.checkedPrefix(prefix)).normalize();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // Removed by someone else meanwhile.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete media files " + prefix, e);
        }
    }

    @Override
    public Stream<StoredFile> list() {
        try {
            return Files.walk(root, 2)
                    .filter(Files::isRegularFile)
                    .map(file -> {
                        String key = root.relativize(file).toString().replace('\\', '/');
                        try {
                            return new StoredFile(key, Files.size(file), Files.getLastModifiedTime(file).toInstant());
                        } catch (IOException e) {
                            return null;
                        }
                    })
                    .filter(java.util.Objects::nonNull);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the media directory", e);
        }
    }

    @Override
    public void delete(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Not a media storage key: " + key);
        }
        deleteQuietly(file);
        Path parent = file.getParent();
        if (parent != null && !parent.equals(root)) {
            try (Stream<Path> rest = Files.list(parent)) {
                if (rest.findAny().isEmpty()) {
                    Files.deleteIfExists(parent);
                }
            } catch (IOException e) {
                // A folder that is not empty or already gone stays as it is.
            }
        }
    }

    @Override
    public String kind() {
        return "filesystem";
    }

    private Path path(String key) {
        return root.resolve(StorageKeys.checked(key)).normalize();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Left for the cleanup job.
            }
        }
    }
}
