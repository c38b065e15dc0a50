package dev.byline.content;

import dev.byline.media.Media;
import dev.byline.media.MediaUrls;
import dev.byline.media.SrcsetEntry;
import io.quarkus.arc.Arc;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The lead image as views show it, ready for {@code <img srcset>}: an uploaded image's URL, size
 * and responsive candidates with the item's overrides applied, or an external image as given
 * ({@code mediaId}, {@code width} and {@code height} null, {@code srcset} empty).
 */
@Schema(name = "FeaturedImageView", description = "The lead image of an item, ready for <img srcset>.")
public record FeaturedImageView(
        @Schema(nullable = true, description = "The uploaded media item; null for an external image") UUID mediaId,
        @Schema(examples = "/api/v1/media/0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a/talks.jpg") String url,
        @Schema(nullable = true, examples = "Delegates at the Moscow talks") String alt,
        @Schema(nullable = true) String caption,
        @Schema(nullable = true, examples = "Reuters") String credit,
        @Schema(nullable = true, description = "Pixels; null for an external image", examples = "1600") Integer width,
        @Schema(nullable = true, description = "Pixels; null for an external image", examples = "900") Integer height,
        @Schema(description = "Responsive candidates, narrowest first; empty for an external image")
        List<SrcsetEntry> srcset) {

    /** The view of what the item stores; {@code media} is the loaded media item it names, if any. */
    static FeaturedImageView of(FeaturedImage stored, Media media) {
        if (stored == null) {
            return null;
        }
        if (stored.mediaId() == null || media == null) {
            return new FeaturedImageView(null, stored.url(), stored.alt(), stored.caption(), stored.credit(), null,
                    null, List.of());
        }
        // Views are made by a static mapper from loaded entities; URLs depend on settings, which
        // the media feature's own bean knows.
        MediaUrls urls = Arc.container().instance(MediaUrls.class).get();
        return new FeaturedImageView(media.id, urls.url(media.id, media.fileName),
                stored.alt() != null ? stored.alt() : media.alt,
                stored.caption() != null ? stored.caption() : media.caption,
                stored.credit() != null ? stored.credit() : media.credit,
                media.width, media.height, urls.srcset(media.id, media.fileName, media.width));
    }
}
