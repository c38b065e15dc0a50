package dev.byline.change;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the change feed. */
@Schema(name = "Change")
public record ChangeView(
        @Schema(examples = "1042", description = "Position in commit order; gap-free, increasing") long seq,
        @Schema(enumeration = {"article", "post", "section", "tag", "author", "comment", "media"}) String kind,
        UUID id,
        @Schema(enumeration = {"upsert", "delete"},
                description = "upsert: read it again; delete: drop it (for anonymous callers also when it "
                        + "stopped being public)") String action,
        @Schema(examples = "2026-11-26T20:45:33Z", description = "When the change was written") Instant at) {
}
