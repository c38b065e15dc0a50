package dev.byline.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One candidate of an {@code <img srcset>}: a URL and the image width it serves. */
@Schema(name = "SrcsetEntry")
public record SrcsetEntry(@Schema(examples = "/api/v1/media/0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a/talks.jpg?w=640")
        String url, @Schema(examples = "640") int width) {
}
