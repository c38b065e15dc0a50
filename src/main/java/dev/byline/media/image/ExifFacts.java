package dev.byline.media.image;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * The two facts Byline keeps from an EXIF block before dropping it: the orientation (applied to
 * the pixels, since the tag that said it is gone) and a credit line (Artist, else Copyright).
 */
public record ExifFacts(int orientation, String credit) {

    public static final ExifFacts NONE = new ExifFacts(1, null);

    public static ExifFacts read(byte[] exif) {
        if (exif == null || exif.length < 8) {
            return NONE;
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(exif))) {
            Directory directory = new TIFFReader().read(input);
            int orientation = 1;
            Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
            if (entry != null && entry.getValue() instanceof Number number && number.intValue() >= 1
                    && number.intValue() <= 8) {
                orientation = number.intValue();
            }
            return new ExifFacts(orientation, credit(directory));
        } catch (IOException | RuntimeException e) {
            // Unreadable EXIF is dropped like any other: the image itself is fine.
            return NONE;
        }
    }

    private static String credit(Directory directory) {
        for (int tag : new int[] {TIFF.TAG_ARTIST, TIFF.TAG_COPYRIGHT}) {
            Entry entry = directory.getEntryById(tag);
            if (entry != null) {
                String value = entry.getValueAsString();
                if (value != null) {
                    String cleaned = value.replaceAll("\\p{Cntrl}", " ").strip();
                    if (!cleaned.isEmpty()) {
                        return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
                    }
                }
            }
        }
        return null;
    }

    public boolean isRotatedOrFlipped() {
        return orientation != 1;
    }
}
