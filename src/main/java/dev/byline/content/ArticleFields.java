package dev.byline.content;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields only articles have; absent (not null) on posts, so optional in the OpenAPI document. */
public record ArticleFields(
        @Schema(nullable = true, extensions = @Extension(name = "x-optional", value = "true"),
                description = "Articles only: the summary line under the headline") String standfirst,
        @Schema(nullable = true, extensions = @Extension(name = "x-optional", value = "true"),
                description = "Articles only: where the story was filed", examples = "ISLAMABAD") String dateline) {
}
