package dev.byline.content.revision;

import dev.byline.content.ContentStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an item's history, without the snapshot. */
@Schema(name = "RevisionSummary", description = "One entry of an item's history (newest first in lists).")
public record RevisionSummaryView(
        UUID id,
        @Schema(description = "The item's version right after this write", examples = "3") int version,
        @Schema(description = "create, update, restore or scheduled-publish", examples = "update")
        RevisionAction action,
        Instant createdAt,
        @Schema(nullable = true, description = "Who wrote it; null for the scheduler or a deleted user") UUID userId,
        @Schema(nullable = true, examples = "Tahir Khan") String userName,
        @Schema(description = "The item's title then") String title,
        @Schema(description = "The item's status then") ContentStatus status) {
}
