package dev.byline.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job and its progress (API.md §13). */
@Schema(name = "ImportJob")
public record ImportJobView(
        UUID id,
        @Schema(enumeration = {"wordpress", "byline"}) String source,
        @Schema(enumeration = {"queued", "running", "succeeded", "failed"}) String status,
        @Schema(nullable = true, description = "Records found in the file (authors, terms, items, comments); null until counted")
        Integer total,
        @Schema(description = "Records handled so far") int processed,
        int created,
        int updated,
        @Schema(description = "Records not imported: pages, trashed posts and comments, duplicate terms, and the "
                + "records listed in errors") int skipped,
        @Schema(description = "Records that could not be imported (the first 1000), or why the whole job failed; "
                + "a restore also lists here media restored without their file")
        List<ImportErrorView> errors,
        @Schema(enumeration = {"article", "post"}, description = "What WordPress posts became") String as,
        @JsonProperty("notify") @Schema(description = "Whether webhooks fired for imported items") boolean notifyWebhooks,
        Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(nullable = true, description = "processed / total, 0 to 1; null until counted", examples = "0.42") Double progress,
        @Schema(nullable = true, description = "When the job should finish at its pace so far; null unless running") Instant eta) {

    @Schema(name = "ImportError")
    public record ImportErrorView(
            @Schema(examples = "post 42", description = "The record in the file") String ref,
            String message) {
    }
}
