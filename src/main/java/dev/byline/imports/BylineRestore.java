package dev.byline.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.error.DatabaseFailures;
import dev.byline.imports.ImportJobRepository.ClaimedJob;
import dev.byline.imports.ImportJobRepository.Outcome;
import dev.byline.media.storage.MediaStorage;
import dev.byline.media.storage.StorageKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Restores a Byline export (GET /export) into an empty database, record by record, with the
 * ids, slugs, old slugs, versions and dates it had. The records arrive in dependency order, so
 * each one's references exist when it is written.
 */
@ApplicationScoped
public class BylineRestore {

    /** Longest line (an item with its revisions). */
    static final int MAX_LINE = 64 * 1024 * 1024;

    private static final Set<String> KINDS = Set.of("author", "section", "tag", "media", "article", "post", "comment",
            "importRef");

    @Inject
    ImportUnits units;

    @Inject
    RestoreRepository restore;

    @Inject
    ObjectMapper mapper;

    @Inject
    MediaStorage storage;

    public void run(ClaimedJob job, Supplier<InputStream> file) throws BadFile {
        if (job.processed() == 0 && !isEmpty()) {
            throw new BadFile("A Byline export restores into an empty database; this one already has sections, "
                    + "tags, authors, media, articles, posts or comments");
        }
        try {
            if (job.total() == null) {
                units.total(job, count(file));
            }
            try (BoundedLines lines = new BoundedLines(file.get(), MAX_LINE)) {
                int position = 0;
                String line;
                boolean header = true;
                while ((line = lines.next()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (header) {
                        header = false;
                        checkHeader(line);
                        continue;
                    }
                    if (position++ < job.processed()) {
                        continue;
                    }
                    record(job, lines.number(), line);
                }
                if (header) {
                    throw new BadFile("The file is empty");
                }
            }
        } catch (IOException e) {
            throw new BadFile("The file is not a readable Byline export: " + e.getMessage());
        }
    }

    @Transactional
    boolean isEmpty() {
        return restore.isEmpty();
    }

    private void record(ClaimedJob job, long lineNumber, String line) {
        String ref = "line " + lineNumber;
        JsonNode record;
        try {
            record = mapper.readTree(line);
        } catch (IOException e) {
            units.failed(job, 1, ref, "not JSON");
            return;
        }
        String kind = record.path("kind").asText("");
        JsonNode data = record.path("data");
        if (!KINDS.contains(kind) || !data.isObject()) {
            units.failed(job, 1, ref, "not a record of a known kind (" + kind + ")");
            return;
        }
        byte[] file;
        try {
            file = "media".equals(kind) ? embeddedFile((ObjectNode) data) : null;
        } catch (BadFile e) {
            units.failed(job, 1, ref + " (media " + data.path("id").asText("?") + ")", e.getMessage());
            return;
        }
        String json = data.toString();
        AtomicBoolean fileMissing = new AtomicBoolean();
        try {
            units.apply(job, () -> {
                switch (kind) {
                    case "media" -> fileMissing.set(!media(json, UUID.fromString(data.path("id").asText()), file));
                    case "author" -> restore.author(json);
                    case "section" -> restore.section(json);
                    case "tag" -> restore.tag(json);
                    case "comment" -> restore.comment(json);
                    case "importRef" -> restore.importRef(json);
                    default -> restore.item(kind, json);
                }
                return Outcome.ofCreated();
            });
            if (fileMissing.get()) {
                // A note, not a failed record: the row is in (counted as created), its file is not.
                units.failed(job, 0, ref + " (media " + data.path("id").asText() + ")", "restored without its "
                        + "file: " + data.path("storageKey").asText() + " is not in this storage; copy the files "
                        + "over, or restore an export made with media=embed");
            }
        } catch (ImportUnits.ClaimLost e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            units.failed(job, 1, ref + " (" + kind + " " + data.path("id").asText("?") + ")",
                    "could not be restored: " + rootMessage(e));
        }
    }

    /**
     * The media row, and its file: an embedded one is written to this storage; without one the
     * file is expected in this storage already (a restore where the export was made) and a
     * missing file is reported, the row restored all the same so the items showing it keep it.
     * Returns whether the file is there.
     */
    private boolean media(String json, UUID id, byte[] file) {
        restore.media(json);
        String key = StorageKeys.original(id);
        if (file != null) {
            storage.put(key, file);
            return true;
        }
        return storage.stat(key).isPresent();
    }

    /** The embedded file, taken out of the record and checked against its size and checksum; null when none. */
    private static byte[] embeddedFile(ObjectNode data) throws BadFile {
        JsonNode file = data.remove("file");
        if (file == null || file.isNull()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(file.asText());
        } catch (IllegalArgumentException e) {
            throw new BadFile("its file is not base64");
        }
        if (bytes.length != data.path("bytes").asLong(-1) || !sha256(bytes).equals(data.path("sha256").asText())) {
            throw new BadFile("its file does not match its size and sha256");
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private void checkHeader(String line) throws BadFile {
        try {
            JsonNode header = mapper.readTree(line);
            if (!"header".equals(header.path("kind").asText())
                    || !"byline-export".equals(header.path("data").path("format").asText())) {
                throw new BadFile("The first line is not the header of a Byline export");
            }
            if (header.path("data").path("version").asInt() != 1) {
                throw new BadFile("This Byline export is of version " + header.path("data").path("version")
                        + "; this Byline reads version 1");
            }
        } catch (IOException e) {
            throw new BadFile("The first line is not JSON");
        }
    }

    private static int count(Supplier<InputStream> file) throws IOException {
        int count = 0;
        boolean header = true;
        try (BoundedLines lines = new BoundedLines(file.get(), MAX_LINE)) {
            String line;
            while ((line = lines.next()) != null) {
                if (!line.isBlank()) {
                    if (header) {
                        header = false;
                    } else {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int detail = message.indexOf("\n");
        return detail > 0 ? message.substring(0, detail) : message;
    }

    /** The file as a whole cannot be restored. */
    public static final class BadFile extends Exception {
        public BadFile(String message) {
            super(message, null, false, false);
        }
    }
}
