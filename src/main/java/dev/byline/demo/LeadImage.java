package dev.byline.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The demo article's lead image, drawn at start (a dusk skyline with domes and minarets over a
 * river) so the repository carries no binary: 1600 × 900, wide enough for every rendition width
 * up to 1280 to show in its srcset.
 */
final class LeadImage {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    private LeadImage() {
    }

    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(28, 42, 88), 0, HEIGHT * 0.62f, new Color(236, 146, 84)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(255, 214, 150));
            g.fill(new Ellipse2D.Double(1130, 330, 150, 150));
            skyline(g, new Random(7));
            g.setPaint(new GradientPaint(0, 620, new Color(40, 50, 80), 0, HEIGHT, new Color(12, 16, 30)));
            g.fillRect(0, 620, WIDTH, HEIGHT - 620);
            g.setStroke(new BasicStroke(3));
            Random ripples = new Random(11);
            for (int i = 0; i < 90; i++) {
                int y = 640 + ripples.nextInt(250);
                int x = ripples.nextInt(WIDTH);
                g.setColor(new Color(255, 190, 120, 40 + ripples.nextInt(80)));
                g.drawLine(x, y, x + 30 + ripples.nextInt(90), y);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void skyline(Graphics2D g, Random random) {
        g.setColor(new Color(20, 22, 40));
        int x = 0;
        while (x < WIDTH) {
            int w = 60 + random.nextInt(120);
            int h = 80 + random.nextInt(200);
            g.fillRect(x, 620 - h, w, h);
            if (random.nextInt(3) == 0) {
                g.fill(new Ellipse2D.Double(x + w * 0.15, 620 - h - w * 0.35, w * 0.7, w * 0.7));
            }
            if (random.nextInt(4) == 0) {
                Path2D minaret = new Path2D.Double();
                minaret.moveTo(x + w + 4, 620);
                minaret.lineTo(x + w + 4, 620 - h - 120);
                minaret.lineTo(x + w + 10, 620 - h - 150);
                minaret.lineTo(x + w + 16, 620 - h - 120);
                minaret.lineTo(x + w + 16, 620);
                minaret.closePath();
                g.fill(minaret);
            }
            x += w + random.nextInt(20);
        }
    }
}
