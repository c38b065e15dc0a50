package dev.byline.media.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Walks a GIF's blocks and drops comments and application extensions other than looping
 * (NETSCAPE2.0, ANIMEXTS1.0) and colour profiles (ICCRGBG1) — XMP travels in one. Frames,
 * palettes and timing stay, so animations keep playing.
 */
final class GifBlocks {

    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2C;
    private static final int TRAILER = 0x3B;
    private static final int COMMENT = 0xFE;
    private static final int APPLICATION = 0xFF;

    private GifBlocks() {
    }

    static Stripped strip(byte[] data) {
        if (data.length < 13) {
            throw truncated();
        }
        int pos = 13 + colourTableSize(data[10]);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, Math.min(pos, data.length));
        boolean image = false;
        while (pos < data.length) {
            int block = data[pos] & 0xFF;
            int start = pos;
            if (block == TRAILER) {
                if (!image) {
                    throw new UnreadableImageException("The GIF holds no image");
                }
                out.write(TRAILER);
                return new Stripped(out.toByteArray(), null);
            } else if (block == EXTENSION) {
                if (pos + 2 > data.length) {
                    throw truncated();
                }
                int label = data[pos + 1] & 0xFF;
                int end = skipSubBlocks(data, pos + 2);
                if (keepsExtension(label, data, pos + 2, end)) {
                    out.write(data, start, end - start);
                }
                pos = end;
            } else if (block == IMAGE) {
                if (pos + 10 > data.length) {
                    throw truncated();
                }
                int afterDescriptor = pos + 10 + colourTableSize(data[pos + 9]);
                int end = skipSubBlocks(data, afterDescriptor + 1);
                out.write(data, start, end - start);
                image = true;
                pos = end;
            } else {
                throw new UnreadableImageException("The GIF has an unknown block");
            }
        }
        throw truncated();
    }

    private static int colourTableSize(byte flags) {
        return (flags & 0x80) != 0 ? 3 * (1 << ((flags & 0x07) + 1)) : 0;
    }

    /** The offset after a chain of data sub-blocks starting at {@code pos} (ending in a zero-length block). */
    private static int skipSubBlocks(byte[] data, int pos) {
        while (true) {
            if (pos >= data.length) {
                throw truncated();
            }
            int size = data[pos] & 0xFF;
            pos += 1 + size;
            if (size == 0) {
                return pos;
            }
        }
    }

    private static boolean keepsExtension(int label, byte[] data, int subBlocks, int end) {
        if (label == COMMENT) {
            return false;
        }
        if (label != APPLICATION) {
            return true;
        }
        int size = data[subBlocks] & 0xFF;
        if (size < 11 || subBlocks + 1 + 11 > end) {
            return false;
        }
        String id = new String(data, subBlocks + 1, 11, StandardCharsets.US_ASCII);
        return id.equals("NETSCAPE2.0") || id.equals("ANIMEXTS1.0") || id.equals("ICCRGBG1012");
    }

    private static UnreadableImageException truncated() {
        return new UnreadableImageException("The GIF is truncated: it ends before its trailer");
    }
}
