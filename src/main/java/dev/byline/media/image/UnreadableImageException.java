package dev.byline.media.image;

/** The bytes claim a format but do not hold a complete, decodable image of it. */
public class UnreadableImageException extends RuntimeException {

    public UnreadableImageException(String message) {
        super(message, null, false, false);
    }
}
