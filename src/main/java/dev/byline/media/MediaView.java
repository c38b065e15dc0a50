package dev.byline.media;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Media", description = "An uploaded image. Its url serves the file without camera or location metadata.")
public record MediaView(
        @Schema(examples = "0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a") UUID id,
        @Schema(description = "Where the file is served; add ?w= (an allowed width) and ?format=jpeg|png|webp "
                + "for a rendition", examples = "/api/v1/media/0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a/talks.jpg")
        String url,
        @Schema(examples = "talks.jpg") String fileName,
        @Schema(examples = "image/jpeg", enumeration = {"image/jpeg", "image/png", "image/webp", "image/gif"})
        String mimeType,
        @Schema(examples = "4000") int width,
        @Schema(examples = "3000") int height,
        @Schema(description = "Size of the stored file in bytes", examples = "2483011") long bytes,
        @Schema(description = "SHA-256 (hex) of the stored file") String sha256,
        @Schema(nullable = true, examples = "Delegates at the Moscow talks") String alt,
        @Schema(nullable = true) String caption,
        @Schema(nullable = true, examples = "Reuters") String credit,
        Instant createdAt,
        @Schema(nullable = true, description = "Id of the user who uploaded it; null once that user is deleted") UUID createdBy) {
}
