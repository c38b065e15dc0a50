package dev.byline.imports;

import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.ProblemType;
import dev.byline.common.persistence.Ids;
import dev.byline.common.persistence.LongWork;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/** Accepting an import file as a queued job, and reading jobs (API.md §13). */
@ApplicationScoped
public class ImportService {

    static final int CHUNK_BYTES = 1024 * 1024;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportsConfig config;

    @Inject
    LongWork longWork;

    /**
     * Streams the file into the database in 1 MiB chunks and queues the job, in one transaction:
     * a job is only ever seen with its whole file, and a refused or broken upload leaves nothing.
     * A large file on a slow link takes longer than the request bound: the transaction has the
     * long-work limits.
     */
    public ImportJobView accept(String source, ImportOptions options, InputStream body, AuthenticatedUser caller) {
        return longWork.call(() -> store(source, options, body, caller));
    }

    private ImportJobView store(String source, ImportOptions options, InputStream body, AuthenticatedUser caller) {
        UUID id = Ids.newId();
        jobs.insert(id, source, options, caller.id(), Times.now());
        long total = 0;
        int n = 0;
        byte[] buffer = new byte[CHUNK_BYTES];
        try {
            while (true) {
                int filled = body.readNBytes(buffer, 0, CHUNK_BYTES);
                if (filled > 0) {
                    total += filled;
                    if (total > config.maxBytes()) {
                        throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                                "The file is larger than " + config.maxBytes() + " bytes (byline.imports.max-bytes)");
                    }
                    jobs.insertChunk(id, n++, filled == CHUNK_BYTES ? buffer.clone() : java.util.Arrays.copyOf(buffer, filled));
                }
                if (filled < CHUNK_BYTES) {
                    break;
                }
            }
        } catch (IOException e) {
            throw ApiException.badRequest("The upload was cut short: " + e.getMessage());
        }
        if (total == 0) {
            throw ApiException.badRequest("The file is empty");
        }
        jobs.setSize(id, total);
        return jobs.find(id).orElseThrow();
    }

    @Transactional
    public ImportJobView get(UUID id) {
        return jobs.find(id).orElseThrow(() -> ApiException.notFound("Import " + id));
    }

    @Transactional
    public PageView<ImportJobView> list(PageParams paging) {
        long total = jobs.count();
        return new PageView<>(jobs.page(paging.offset(), paging.size()),
                PageMeta.of(paging.page(), paging.size(), total, null));
    }
}
