package dev.byline.media.storage;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;

/**
 * A real S3-compatible server for tests: S3Proxy in this JVM, on a free loopback port, keeping
 * objects in memory and checking AWS Signature V4 with its own credentials.
 */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "byline-test-access";
    public static final String SECRET_KEY = "byline-test-secret-0123456789";

    private final S3Proxy proxy;

    private S3Server(S3Proxy proxy) {
        this.proxy = proxy;
    }

    public static S3Server start() {
        try {
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(BlobStores.create("transient", new Properties()))
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
            return new S3Server(proxy);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test S3 server", e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // shutting down
        }
    }
}
