package dev.byline.media.storage;

import dev.byline.common.config.BylineConfig;
import java.util.Optional;

/** The S3 settings of a test server, as {@code byline.media.s3.*} would give them. */
record TestS3Settings(String endpointUrl, String bucketName) implements BylineConfig.S3 {

    @Override
    public Optional<String> endpoint() {
        return Optional.of(endpointUrl);
    }

    @Override
    public Optional<String> bucket() {
        return Optional.of(bucketName);
    }

    @Override
    public String region() {
        return "us-east-1";
    }

    @Override
    public Optional<String> accessKey() {
        return Optional.of(S3Server.ACCESS_KEY);
    }

    @Override
    public Optional<String> secretKey() {
        return Optional.of(S3Server.SECRET_KEY);
    }

    @Override
    public boolean pathStyle() {
        return true;
    }

    @Override
    public Optional<String> prefix() {
        return Optional.of("media");
    }
}
