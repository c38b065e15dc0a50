package dev.byline.media.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The raster formats Byline accepts, told apart by their leading bytes (magic numbers), never by
 * a declared Content-Type or a file name.
 */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    GIF("image/gif", "gif");

    /** Enough leading bytes to tell every accepted format (and the usual impostors) apart. */
    public static final int SNIFF_BYTES = 64;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mimeType;
    private final String extension;

    ImageFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** The name used in {@code ?format=}: {@code jpeg}, {@code png}, {@code webp} or {@code gif}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format whose magic number the bytes start with, if any. */
    public static Optional<ImageFormat> detect(byte[] head) {
        if (startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        return Optional.empty();
    }

    /** A word for what an unaccepted file looks like, for the 415 message. */
    public static String describeUnaccepted(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        if (text.contains("<svg")) {
            return "an SVG image";
        }
        if (text.startsWith("<?xml")) {
            return "an XML document";
        }
        if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<")) {
            return "an HTML or XML document";
        }
        if (startsWith(head, 0, ascii("%PDF"))) {
            return "a PDF document";
        }
        if (startsWith(head, 0, new byte[] {'I', 'I', 42, 0}) || startsWith(head, 0, new byte[] {'M', 'M', 0, 42})) {
            return "a TIFF image";
        }
        if (startsWith(head, 4, ascii("ftyp"))) {
            return "an ISO media file (HEIC, AVIF or video)";
        }
        return "not an image Byline can read";
    }

    /** The format named by {@code ?format=}, if it is one Byline writes. */
    public static Optional<ImageFormat> fromParameter(String value) {
        return Arrays.stream(values()).filter(f -> f != GIF && f.parameter().equals(value)).findFirst();
    }

    public static ImageFormat fromMimeType(String mimeType) {
        return Arrays.stream(values()).filter(f -> f.mimeType.equals(mimeType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a media type Byline stores: " + mimeType));
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
