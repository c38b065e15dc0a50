package dev.byline.media.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import net.coobird.thumbnailator.Thumbnails;

/** Downscales with Thumbnailator's progressive bilinear/bicubic steps; never upscales. */
public final class Resizer {

    private Resizer() {
    }

    public static BufferedImage toWidth(BufferedImage image, int width) {
        if (width >= image.getWidth()) {
            return image;
        }
        try {
            return Thumbnails.of(image).width(width).keepAspectRatio(true).asBufferedImage();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot resize an image", e);
        }
    }
}
