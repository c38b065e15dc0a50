package dev.byline.change;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed and where to poll from next. */
@Schema(name = "ChangeFeed")
public record ChangeFeedView(List<ChangeView> data, Meta meta) {

    @Schema(name = "ChangeFeedMeta")
    public record Meta(
            @Schema(examples = "1042", description = "Pass as since= on the next poll; always present, also when "
                    + "no change was left") String nextCursor) {
    }
}
