package dev.byline.media.image;

/**
 * Removes camera, location and other metadata (EXIF, XMP, IPTC, comments) from an image file
 * without re-encoding it, so the stored original keeps its exact pixels. Each walk also checks
 * the file's structure to its end, so a truncated file is refused here as well as by the decoder.
 */
public final class MetadataStripper {

    private MetadataStripper() {
    }

    public static Stripped strip(byte[] data, ImageFormat format) {
        return switch (format) {
            case JPEG -> JpegSegments.strip(data);
            case PNG -> PngChunks.strip(data);
            case WEBP -> WebpChunks.strip(data);
            case GIF -> GifBlocks.strip(data);
        };
    }
}
