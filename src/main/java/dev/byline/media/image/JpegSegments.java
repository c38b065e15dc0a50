package dev.byline.media.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Removes metadata segments from a JPEG without touching the compressed image: EXIF and XMP
 * (APP1), IPTC and Photoshop resources (APP13), comments and every other application segment,
 * before and between scans, and anything after the end-of-image marker (where phones keep
 * secondary images with their own EXIF). Kept: JFIF (APP0), the ICC colour profile (APP2) and
 * Adobe's colour transform (APP14), which decoders need to show the right colours.
 */
final class JpegSegments {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;

    private JpegSegments() {
    }

    static Stripped strip(byte[] data) {
        if (data.length < 4 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != SOI) {
            throw new UnreadableImageException("The JPEG does not start with a start-of-image marker");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 2);
        byte[] exif = null;
        int pos = 2;
        boolean inScan = false;
        while (true) {
            if (inScan) {
                int markerAt = nextMarker(data, pos);
                out.write(data, pos, markerAt - pos);
                pos = markerAt;
                inScan = false;
            }
            if (pos + 1 >= data.length) {
                throw truncated();
            }
            if ((data[pos] & 0xFF) != 0xFF) {
                throw new UnreadableImageException("The JPEG has data where a marker belongs");
            }
            while (pos < data.length && (data[pos] & 0xFF) == 0xFF) {
                pos++;
            }
            if (pos >= data.length) {
                throw truncated();
            }
            int marker = data[pos] & 0xFF;
            pos++;
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return new Stripped(out.toByteArray(), exif);
            }
            if (isStandalone(marker)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            if (pos + 2 > data.length) {
                throw truncated();
            }
            int length = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
            if (length < 2 || pos + length > data.length) {
                throw truncated();
            }
            int payload = pos + 2;
            int end = pos + length;
            if (marker == APP1 && exif == null && startsWith(data, payload, end, "Exif\0\0")) {
                exif = Arrays.copyOfRange(data, payload + 6, end);
            }
            if (keeps(marker, data, payload, end)) {
                out.write(0xFF);
                out.write(data, pos - 1, end - (pos - 1));
            }
            pos = end;
            if (marker == SOS) {
                inScan = true;
            }
        }
    }

    /** The offset of the next real marker in entropy-coded data (not a stuffed 0xFF00 or a restart). */
    private static int nextMarker(byte[] data, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if ((data[i] & 0xFF) != 0xFF) {
                continue;
            }
            int next = data[i + 1] & 0xFF;
            if (next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7)) {
                continue;
            }
            return i;
        }
        throw truncated();
    }

    private static boolean isStandalone(int marker) {
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) || marker == SOI;
    }

    private static boolean keeps(int marker, byte[] data, int payload, int end) {
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > APP15) {
            return true;
        }
        return marker == APP0 && (startsWith(data, payload, end, "JFIF\0") || startsWith(data, payload, end, "JFXX\0"))
                || marker == APP2 && startsWith(data, payload, end, "ICC_PROFILE\0")
                || marker == APP14 && startsWith(data, payload, end, "Adobe");
    }

    private static boolean startsWith(byte[] data, int from, int end, String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        if (end - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static UnreadableImageException truncated() {
        return new UnreadableImageException("The JPEG is truncated: it ends before its end-of-image marker");
    }
}
