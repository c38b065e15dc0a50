package dev.byline.content.revision;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.content.ContentStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision with its snapshot: the item's full view ({@code ContentView}) right after the write. */
@Schema(name = "Revision", description = "A revision and the item's full view as it was then.")
public record RevisionView(
        UUID id,
        @Schema(examples = "3") int version,
        RevisionAction action,
        Instant createdAt,
        @Schema(nullable = true) UUID userId,
        @Schema(nullable = true) String userName,
        String title,
        ContentStatus status,
        @Schema(ref = "Content", description = "The full view of the item then") JsonNode snapshot) {

    static RevisionView of(ContentRevision revision) {
        return new RevisionView(revision.id, revision.version, revision.action, revision.createdAt,
                revision.userId, revision.userName, revision.title, revision.status, revision.snapshot);
    }
}
