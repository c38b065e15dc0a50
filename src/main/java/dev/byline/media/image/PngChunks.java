package dev.byline.media.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Keeps the chunks a PNG needs to look right (image data, palette, transparency, colour space,
 * pixel density, animation) and drops the rest: text (where XMP lives), EXIF, timestamps and
 * any private chunk. Chunks are copied whole, so their CRCs stay valid.
 */
final class PngChunks {

    private static final int SIGNATURE_LENGTH = 8;
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA",
            "iCCP", "sBIT", "sRGB", "cICP", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

    private PngChunks() {
    }

    static Stripped strip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, SIGNATURE_LENGTH);
        int pos = SIGNATURE_LENGTH;
        while (pos + 12 <= data.length) {
            long length = ((long) (data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16)
                    | ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
            long end = pos + 12L + length;
            if (end > data.length) {
                break;
            }
            String type = new String(data, pos + 4, 4, StandardCharsets.US_ASCII);
            if (KEPT.contains(type)) {
                out.write(data, pos, (int) (end - pos));
            }
            if (type.equals("IEND")) {
                return new Stripped(out.toByteArray(), null);
            }
            pos = (int) end;
        }
        throw new UnreadableImageException("The PNG is truncated: it ends before its IEND chunk");
    }
}
