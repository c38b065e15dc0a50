package dev.byline.media.image;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reading and writing images through ImageIO with the plugins chosen explicitly rather than by
 * ImageIO's registry (whose order depends on the class path): TwelveMonkeys for JPEG (CMYK,
 * odd but common files) and WebP, the JDK for PNG and GIF; libwebp (bundled) writes WebP.
 */
public final class ImageCodecs {

    static {
        // No disk cache for ImageIO streams: everything is in memory, and temp files would be
        // one more thing to clean up.
        ImageIO.setUseCache(false);
        // Registered by hand: the service-loader scan depends on the class loader that first
        // touches ImageIO, and TwelveMonkeys' JPEG plugin finds its JDK delegate on registration.
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerServiceProvider(new JPEGImageReaderSpi());
        registry.registerServiceProvider(new WebPImageReaderSpi());
    }

    private ImageCodecs() {
    }

    /** The size the header declares, read without decoding any pixel (a decompression bomb stays cheap). */
    public static Dimensions dimensions(byte[] data, ImageFormat format) {
        ImageReader reader = reader(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(input, true, true);
            return new Dimensions(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableImageException("The " + format.name() + " header cannot be read");
        } finally {
            reader.dispose();
        }
    }

    /**
     * Decodes the first frame. {@code strict}: a decoder warning (a premature end of data, a
     * corrupt segment, which decoders otherwise paper over with grey pixels) is a failure.
     * {@code subsampling}: read every n-th pixel, for renditions much smaller than the original.
     */
    public static BufferedImage decode(byte[] data, ImageFormat format, boolean strict, int subsampling) {
        ImageReader reader = reader(format);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(input, true, false);
            ImageReadParam param = reader.getDefaultReadParam();
            if (subsampling > 1) {
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (strict && !warnings.isEmpty()) {
                throw new UnreadableImageException("The " + format.name() + " is damaged or truncated ("
                        + warnings.get(0) + ")");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImageException unreadable) {
                throw unreadable;
            }
            throw new UnreadableImageException("The " + format.name() + " is damaged or truncated");
        } finally {
            reader.dispose();
        }
    }

    /** Encodes without any metadata; JPEG drops alpha onto white, PNG and WebP keep it. */
    public static byte[] encode(BufferedImage image, ImageFormat format, float jpegQuality, float webpQuality) {
        ImageWriter writer = writer(format);
        ImageWriteParam param = writer.getDefaultWriteParam();
        RenderedForWriting pixels = RenderedForWriting.of(image, format);
        if (format == ImageFormat.JPEG) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(jpegQuality);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        } else if (format == ImageFormat.WEBP && param instanceof WebPWriteParam webp) {
            webp.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            webp.setCompressionType(CompressionType.Lossy);
            webp.setCompressionQuality(webpQuality);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(pixels.image(), null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a " + format + " image", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageReader reader(ImageFormat format) {
        String plugin = switch (format) {
            case JPEG, WEBP -> "com.twelvemonkeys.";
            case PNG, GIF -> "com.sun.imageio.";
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.parameter());
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            if (candidate.getClass().getName().startsWith(plugin)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + format + " reader from " + plugin);
    }

    private static ImageWriter writer(ImageFormat format) {
        if (format == ImageFormat.WEBP) {
            return new WebPImageWriterSpi().createWriterInstance(null);
        }
        String name = format == ImageFormat.JPEG ? "jpeg" : format.parameter();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(name);
        while (writers.hasNext()) {
            ImageWriter candidate = writers.next();
            if (candidate.getClass().getName().startsWith("com.sun.imageio.")) {
                return candidate;
            }
        }
        throw new IllegalStateException("The JDK's " + format.name().toLowerCase(Locale.ROOT) + " writer is missing");
    }
}
