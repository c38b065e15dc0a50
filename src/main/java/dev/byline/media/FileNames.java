package dev.byline.media;

import dev.byline.media.image.ImageFormat;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The name a media file is served under: the uploaded name without its folder, in lower-case
 * ASCII letters, digits and dashes, with the extension of the format the bytes really are
 * (so {@code Holiday Photo.JPEG} becomes {@code holiday-photo.jpg}, and a PNG named
 * {@code x.jpg} becomes {@code x.png}).
 */
final class FileNames {

    private static final int MAX_BASE = 100;

    private FileNames() {
    }

    static String of(String declared, ImageFormat format) {
        String name = declared == null ? "" : declared.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > MAX_BASE) {
            base = base.substring(0, MAX_BASE).replaceAll("-+$", "");
        }
        return (base.isEmpty() ? "image" : base) + "." + format.extension();
    }
}
