package dev.byline.media.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Pixels in a layout every writer takes: RGB for JPEG (transparency flattened onto white, as
 * browsers show it on a white page), ARGB for formats with alpha when the image has alpha.
 */
record RenderedForWriting(BufferedImage image) {

    static RenderedForWriting of(BufferedImage source, ImageFormat format) {
        boolean alpha = source.getColorModel().hasAlpha() && format != ImageFormat.JPEG;
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (source.getType() == type) {
            return new RenderedForWriting(source);
        }
        BufferedImage target = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = target.createGraphics();
        try {
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, source.getWidth(), source.getHeight());
            }
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return new RenderedForWriting(target);
    }
}
