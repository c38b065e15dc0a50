package dev.byline.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields only articles have; absent (not null) on posts. */
public record ArticleFields(
        @Schema(description = "Articles only: the summary line under the headline") String standfirst,
        @Schema(description = "Articles only: where the story was filed", examples = "ISLAMABAD") String dateline) {
}
