package dev.byline.imports;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.imports.wordpress.WxrModel;
import dev.byline.imports.wordpress.WxrReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** The WXR reader on its own: a 2 GB element is refused at the cap, never held in memory. */
class WxrReaderTest {

    @Test
    void shouldRefuseA2GbElementAtTheCapWithoutReadingItWhole() {
        long size = 2L * 1024 * 1024 * 1024;
        String head = WxrSamples.header("http://huge.local") + "<item><title>Huge</title><content:encoded>";
        CountingAs huge = new CountingAs(size);
        InputStream in = new SequenceInputStream(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), huge);
        XMLStreamException failure = assertThrows(XMLStreamException.class, () -> WxrReader.read(in, new Ignore()));
        assertTrue(failure.getMessage().contains("longer than") || failure.getMessage().contains("size limit"),
                failure.getMessage());
        assertTrue(huge.served < 64L * 1024 * 1024, "stopped near the cap, not after 2 GB: " + huge.served);
    }

    /** A stream of {@code size} letters made as it is read, never stored. */
    private static final class CountingAs extends InputStream {
        private final long size;
        long served;

        CountingAs(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            served += n;
            return n;
        }
    }

    private static final class Ignore implements WxrReader.Handler {
        @Override
        public void author(WxrModel.Author author) {
        }

        @Override
        public void term(WxrModel.Term term) {
        }

        @Override
        public void item(WxrModel.Item item) {
        }
    }
}
