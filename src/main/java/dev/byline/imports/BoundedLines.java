package dev.byline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Lines of a UTF-8 stream, each at most {@code max} characters, so one endless line cannot fill memory. */
final class BoundedLines implements AutoCloseable {

    private final Reader reader;
    private final int max;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long number;

    BoundedLines(InputStream in, int max) {
        this.reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.max = max;
    }

    /** The next line without its end, or null at the end of the stream. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean any = false;
        while (true) {
            if (position >= limit) {
                limit = reader.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    number++;
                    return line.toString();
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.append(buffer, start, position - start);
            if (line.length() > max) {
                throw new IOException("Line " + (number + 1) + " is longer than " + max + " characters");
            }
            if (position < limit) {
                position++;
                number++;
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
        }
    }

    long number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
