package dev.byline.preview;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a preview request: a read-only token for one item, where to use it, and until when. */
@Schema(name = "Preview", description = "A signed, expiring, read-only token that shows one item in any status")
public record PreviewView(
        @Schema(description = "Opaque; send it to GET /api/v1/preview/{token}",
                examples = "AZLwxAAAcACAAAAAAAAAAQEAAAAAZ0xZwAAAAAA.mN3ZQ2w8J1z5-XvYb9m4pK7dQ1rT0sLkVf2hJ6cW8aE")
        String token,
        @Schema(description = "The frontend's preview address (byline.site.preview-url with the token filled in)",
                examples = "https://site.example/api/preview?token=AZLwxAAAcACAAAAAAAAAAQEAAAAAZ0xZwAAAAAA.mN3ZQ2w8")
        String url,
        @Schema(description = "When the token stops working") Instant expiresAt) {
}
