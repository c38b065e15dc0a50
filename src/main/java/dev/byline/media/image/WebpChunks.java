package dev.byline.media.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drops the EXIF and XMP chunks of a WebP (and any unknown chunk), clears their flags in the
 * extended header, and writes the RIFF size anew. Image, alpha, animation and ICC chunks stay.
 */
final class WebpChunks {

    private static final int HEADER = 12;
    private static final int VP8X_EXIF_FLAG = 0x08;
    private static final int VP8X_XMP_FLAG = 0x04;

    private WebpChunks() {
    }

    static Stripped strip(byte[] data) {
        long declared = u32le(data, 4) + 8;
        if (declared > data.length || data.length < HEADER + 8) {
            throw truncated();
        }
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(data.length);
        byte[] exif = null;
        int pos = HEADER;
        boolean image = false;
        while (pos < declared) {
            if (pos + 8 > declared) {
                throw truncated();
            }
            String type = new String(data, pos, 4, StandardCharsets.US_ASCII);
            long size = u32le(data, pos + 4);
            long end = pos + 8 + size + (size & 1);
            if (pos + 8 + size > declared) {
                throw truncated();
            }
            end = Math.min(end, declared);
            switch (type) {
                case "VP8X" -> {
                    byte[] header = java.util.Arrays.copyOfRange(data, pos, (int) end);
                    header[8] &= (byte) ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
                    chunks.write(header, 0, header.length);
                }
                case "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF", "ICCP" -> {
                    image |= !type.equals("ANIM") && !type.equals("ICCP");
                    chunks.write(data, pos, (int) (end - pos));
                }
                case "EXIF" -> exif = java.util.Arrays.copyOfRange(data, pos + 8, (int) (pos + 8 + size));
                default -> {
                    // XMP and unknown chunks are dropped.
                }
            }
            pos = (int) end;
        }
        if (!image) {
            throw new UnreadableImageException("The WebP holds no image data");
        }
        byte[] body = chunks.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + HEADER);
        out.write('R');
        out.write('I');
        out.write('F');
        out.write('F');
        long riffSize = body.length + 4L;
        out.write((int) (riffSize & 0xFF));
        out.write((int) ((riffSize >> 8) & 0xFF));
        out.write((int) ((riffSize >> 16) & 0xFF));
        out.write((int) ((riffSize >> 24) & 0xFF));
        out.write('W');
        out.write('E');
        out.write('B');
        out.write('P');
        out.write(body, 0, body.length);
        return new Stripped(out.toByteArray(), exif);
    }

    private static long u32le(byte[] data, int at) {
        return (data[at] & 0xFFL) | ((data[at + 1] & 0xFFL) << 8) | ((data[at + 2] & 0xFFL) << 16)
                | ((data[at + 3] & 0xFFL) << 24);
    }

    private static UnreadableImageException truncated() {
        return new UnreadableImageException("The WebP is truncated: it is shorter than its header says");
    }
}
