package dev.byline.media.storage;

import dev.byline.common.config.BylineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Makes the storage {@code byline.media.storage} names: {@code filesystem} (default) or {@code s3}. */
@ApplicationScoped
public class MediaStorageProducer {

    private static final Logger LOG = Logger.getLogger(MediaStorageProducer.class);

    @Produces
    @ApplicationScoped
    MediaStorage storage(BylineConfig config) {
        BylineConfig.Media media = config.media();
        return switch (media.storage()) {
            case "filesystem" -> {
                LOG.infof("Media files are stored in %s", Path.of(media.directory()).toAbsolutePath());
                yield new FileSystemStorage(Path.of(media.directory()));
            }
            case "s3" -> s3(media.s3());
            default -> throw new IllegalStateException(
                    "byline.media.storage must be filesystem or s3, not " + media.storage());
        };
    }

    static S3Storage s3(BylineConfig.S3 settings) {
        String bucket = settings.bucket().filter(b -> !b.isBlank()).orElseThrow(() -> new IllegalStateException(
                "byline.media.s3.bucket must be set when byline.media.storage=s3"));
        S3Client client = client(settings);
        ensureBucket(client, bucket);
        LOG.infof("Media files are stored in the S3 bucket %s%s", bucket,
                settings.endpoint().map(e -> " at " + e).orElse(""));
        return new S3Storage(client, bucket, settings.prefix().orElse(""));
    }

    public static S3Client client(BylineConfig.S3 settings) {
        AwsCredentialsProvider credentials = settings.accessKey().isPresent() && settings.secretKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey().get(),
                        settings.secretKey().get()))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle());
        settings.endpoint().filter(e -> !e.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** Creates the bucket when it is missing and the credentials may (a fresh MinIO, say). */
    private static void ensureBucket(S3Client client, String bucket) {
        try {
            client.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            client.createBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            client.createBucket(b -> b.bucket(bucket));
        }
    }
}
