package dev.byline.imports;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/** An uploaded file read back from the database one chunk at a time. */
final class StoredFile extends InputStream {

    private final ImportJobRepository jobs;
    private final UUID jobId;
    private byte[] chunk = new byte[0];
    private int position;
    private int next;
    private boolean ended;

    StoredFile(ImportJobRepository jobs, UUID jobId) {
        this.jobs = jobs;
        this.jobId = jobId;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return chunk[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    private boolean fill() {
        while (position >= chunk.length) {
            if (ended) {
                return false;
            }
            Optional<byte[]> loaded = jobs.chunk(jobId, next++);
            if (loaded.isEmpty()) {
                ended = true;
                return false;
            }
            chunk = loaded.get();
            position = 0;
        }
        return true;
    }
}
