package dev.byline.media.storage;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Media files in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …), so any number of
 * instances share them. A PUT is atomic in S3: readers see the old object or the whole new one.
 */
public class S3Storage implements MediaStorage {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3Storage(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isBlank() ? "" : prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public void put(String key, byte[] bytes) {
        s3.putObject(b -> b.bucket(bucket).key(object(StorageKeys.checked(key))).contentLength((long) bytes.length),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<StoredFile> stat(String key) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(object(StorageKeys.checked(key))));
            return Optional.of(new StoredFile(key, head.contentLength(), head.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        String range = "bytes=" + offset + "-" + (offset + length - 1);
        return s3.getObject(b -> b.bucket(bucket).key(object(StorageKeys.checked(key))).range(range));
    }

    @Override
    public byte[] read(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(object(StorageKeys.checked(key)))).asByteArray();
    }

    @Override
    public void deleteAll(String keyPrefix) {
        String full = object(StorageKeys.checkedPrefix(keyPrefix));
        List<ObjectIdentifier> objects = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(full)).contents()
                .stream().map(o -> ObjectIdentifier.builder().key(o.key()).build()).toList();
        for (int from = 0; from < objects.size(); from += 1000) {
            List<ObjectIdentifier> batch = objects.subList(from, Math.min(objects.size(), from + 1000));
            s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder().objects(batch).quiet(true).build()));
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(object(key)));
    }

    @Override
    public Stream<StoredFile> list() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(this::stored);
    }

    @Override
    public String kind() {
        return "s3";
    }

    private StoredFile stored(S3Object o) {
        return new StoredFile(o.key().substring(prefix.length()), o.size(), o.lastModified());
    }

    private String object(String key) {
        if (key.contains("..") || key.startsWith("/")) {
            throw new IllegalArgumentException("Not a media storage key: " + key);
        }
        return prefix + key;
    }
}
