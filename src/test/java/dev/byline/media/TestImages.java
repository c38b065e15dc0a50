package dev.byline.media;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Real image files made in the test, each with a few distinct pixels (so each is unique bytes). */
final class TestImages {

    private static int seed;

    private TestImages() {
    }

    static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int s = ++seed;
        g.setPaint(new GradientPaint(0, 0, new Color((s * 37) % 256, 90, 160), width, height,
                new Color(240, (s * 53) % 256, 40, alpha ? 128 : 255)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(s % 256, (s * 7) % 256, (s * 13) % 256));
        g.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        g.dispose();
        image.setRGB(0, 0, 0xFF000000 | (s * 7919) & 0xFFFFFF);
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return write(picture(width, height, false), "jpeg");
    }

    static byte[] png(int width, int height) {
        return write(picture(width, height, true), "png");
    }

    static byte[] gif(int width, int height) {
        return write(picture(width, height, false), "gif");
    }

    static byte[] webp(int width, int height) {
        ImageWriter writer = new WebPImageWriterSpi().createWriterInstance(null);
        WebPWriteParam param = (WebPWriteParam) writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(CompressionType.Lossy);
        param.setCompressionQuality(0.8f);
        return write(writer, picture(width, height, false), param, null);
    }

    /** A PNG with a tEXt chunk holding a GPS position and an iTXt chunk holding XMP. */
    static byte[] pngWithText(int width, int height) {
        byte[] png = png(width, height);
        byte[] text = chunk("tEXt", "Comment\0GPS 33.6844 N 73.0479 E".getBytes(StandardCharsets.ISO_8859_1));
        byte[] xmp = chunk("iTXt", ("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<exif:GPSLatitude>33,41.064N</exif:GPSLatitude></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        // After IHDR (8 signature + 25 IHDR bytes).
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.writeBytes(text);
        out.writeBytes(xmp);
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /**
     * A JPEG carrying what a phone writes: EXIF with camera make and model, the artist, an
     * orientation and a GPS position; an XMP packet with the position again; IPTC; a comment.
     */
    static byte[] jpegWithMetadata(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        writeSegment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), exif(orientation)));
        writeSegment(out, 0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII),
                ("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><exif:GPSLatitude>33,41.064N</exif:GPSLatitude>"
                        + "<tiff:Model>Pixel 9</tiff:Model></x:xmpmeta>").getBytes(StandardCharsets.UTF_8)));
        writeSegment(out, 0xED, concat("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII),
                "8BIM\u0004\u0004\0\0\0\0\0\u0010\u001c\u0002\u005a\0\u0009Islamabad".getBytes(StandardCharsets.ISO_8859_1)));
        writeSegment(out, 0xFE, "Shot near GPS 33.68N".getBytes(StandardCharsets.US_ASCII));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG whose header declares {@code width} × {@code height} pixels but holds one pixel's data. */
    static byte[] pngDeclaring(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] idat = {0x78, (byte) 0x9C, 0x63, 0x60, 0x60, 0x60, 0x00, 0x00, 0x00, 0x04, 0x00, 0x01};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ihdr.array()));
        out.writeBytes(chunk("IDAT", idat));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** EXIF (little-endian TIFF): Make, Model, Orientation, Artist and a GPS IFD with a latitude. */
    private static byte[] exif(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int entries = 5;
        int ifd0End = 8 + 2 + entries * 12 + 4;
        int makeAt = ifd0End;
        byte[] make = "Google\0".getBytes(StandardCharsets.US_ASCII);
        int modelAt = makeAt + make.length;
        byte[] model = "Pixel 9\0".getBytes(StandardCharsets.US_ASCII);
        int artistAt = modelAt + model.length;
        byte[] artist = "Jane Photographer\0".getBytes(StandardCharsets.US_ASCII);
        int gpsAt = artistAt + artist.length + (artistAt + artist.length) % 2;
        b.putShort((short) entries);
        entry(b, 0x010F, 2, make.length, makeAt);
        entry(b, 0x0110, 2, model.length, modelAt);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(b, 0x013B, 2, artist.length, artistAt);
        entry(b, 0x8825, 4, 1, gpsAt);
        b.putInt(0);
        b.put(make).put(model).put(artist);
        b.position(gpsAt);
        int rationalsAt = gpsAt + 2 + 2 * 12 + 4;
        b.putShort((short) 2);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(b, 0x0002, 5, 3, rationalsAt);
        b.putInt(0);
        b.putInt(33).putInt(1).putInt(41).putInt(1).putInt(3840).putInt(1000);
        byte[] result = new byte[b.position()];
        b.flip();
        b.get(result);
        return result;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static void writeSegment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static byte[] write(BufferedImage image, String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        ImageWriter writer = null;
        while (writers.hasNext()) {
            ImageWriter candidate = writers.next();
            if (writer == null || candidate.getClass().getName().startsWith("com.sun.")) {
                writer = candidate;
            }
        }
        if (writer == null) {
            throw new IllegalStateException("No " + format + " writer");
        }
        IIOMetadata metadata = null;
        if (format.equals("gif")) {
            metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode comments = new IIOMetadataNode("CommentExtensions");
            IIOMetadataNode comment = new IIOMetadataNode("CommentExtension");
            comment.setAttribute("value", "GPS 33.68N");
            comments.appendChild(comment);
            root.appendChild(comments);
            try {
                metadata.setFromTree("javax_imageio_gif_image_1.0", root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return write(writer, image, writer.getDefaultWriteParam(), metadata);
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param, IIOMetadata metadata) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
