package dev.byline.media;

import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.FieldError;
import dev.byline.common.error.ProblemType;
import dev.byline.common.web.MergePatcher;
import dev.byline.media.image.Dimensions;
import dev.byline.media.image.ExifFacts;
import dev.byline.media.image.ImageCodecs;
import dev.byline.media.image.ImageFormat;
import dev.byline.media.image.MetadataStripper;
import dev.byline.media.image.Orientation;
import dev.byline.media.image.Stripped;
import dev.byline.media.image.UnreadableImageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The upload pipeline, cheapest checks first: size, type by magic number, pixel count from
 * the header (a decompression bomb is refused before any pixel is decoded), duplicate, then
 * metadata removal and a full, strict decode of what will be served. Nothing is stored until
 * every check has passed; storing happens in {@link MediaService#store}.
 */
@ApplicationScoped
public class MediaUploads {

    /** JPEGs turned upright (their orientation tag is dropped with the rest of EXIF) are re-encoded at this quality. */
    private static final float UPRIGHT_QUALITY = 0.92f;

    @Inject
    BylineConfig config;

    @Inject
    MediaService media;

    @Inject
    MergePatcher validation;

    public Uploaded upload(byte[] data, String declaredName, MediaText text, AuthenticatedUser caller) {
        validation.validate(text);
        if (data.length == 0) {
            throw ApiException.invalid("file", "is empty");
        }
        if (data.length > config.media().maxBytes()) {
            throw tooLarge(config.media().maxBytes());
        }
        byte[] head = Arrays.copyOf(data, Math.min(data.length, ImageFormat.SNIFF_BYTES));
        ImageFormat format = ImageFormat.detect(head).orElseThrow(() -> new ApiException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "Only JPEG, PNG, WebP and GIF images are accepted; this file is "
                        + ImageFormat.describeUnaccepted(head)));
        Dimensions declared = read(() -> ImageCodecs.dimensions(data, format));
        long maxPixels = config.media().maxPixels();
        if (declared.pixels() > maxPixels) {
            throw ApiException.invalid("file", "is " + declared.width() + "×" + declared.height()
                    + " pixels; at most " + maxPixels + " pixels are accepted");
        }
        String uploadSha = Digests.sha256(data);
        Optional<MediaView> existing = media.findByUpload(uploadSha);
        if (existing.isPresent()) {
            return new Uploaded(existing.get(), false);
        }
        Stripped stripped = read(() -> MetadataStripper.strip(data, format));
        BufferedImage decoded = read(() -> ImageCodecs.decode(stripped.bytes(), format, true, 1));
        ExifFacts exif = ExifFacts.read(stripped.exif());
        byte[] stored = stripped.bytes();
        Dimensions size = new Dimensions(decoded.getWidth(), decoded.getHeight());
        if (format == ImageFormat.JPEG && exif.isRotatedOrFlipped()) {
            BufferedImage upright = Orientation.apply(decoded, exif.orientation());
            stored = ImageCodecs.encode(upright, ImageFormat.JPEG, UPRIGHT_QUALITY, 0);
            size = new Dimensions(upright.getWidth(), upright.getHeight());
        }
        MediaText withCredit = text.credit() == null && exif.credit() != null
                ? new MediaText(text.alt(), text.caption(), exif.credit()) : text;
        return media.store(new NewMedia(uploadSha, stored, format, size, FileNames.of(declaredName, format),
                withCredit), caller);
    }

    public static ApiException tooLarge(long limit) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than " + limit + " bytes");
    }

    private static <T> T read(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (UnreadableImageException e) {
            throw ApiException.invalid(List.of(new FieldError("file", e.getMessage())));
        }
    }
}
