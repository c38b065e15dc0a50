package dev.byline.media;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable text of a media item (JSON Merge Patch: null clears, an absent key keeps). */
@Schema(name = "MediaPatch")
public record MediaPatch(
        @Size(max = 300) @Schema(examples = "Delegates at the Moscow talks") String alt,
        @Size(max = 500) String caption,
        @Size(max = 200) @Schema(examples = "Reuters") String credit) {
}
