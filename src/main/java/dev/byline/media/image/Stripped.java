package dev.byline.media.image;

/**
 * An image file with its metadata removed, and the EXIF block it carried (null when none), read
 * for what the stored file still needs: its orientation, and a credit line for editors.
 */
public record Stripped(byte[] bytes, byte[] exif) {
}
