package dev.byline.article;

import static dev.byline.content.ContentLimits.AUTHORS;
import static dev.byline.content.ContentLimits.BODY_HTML;
import static dev.byline.content.ContentLimits.BODY_MARKDOWN;
import static dev.byline.content.ContentLimits.DATELINE;
import static dev.byline.content.ContentLimits.EXCERPT;
import static dev.byline.content.ContentLimits.REFERENCE;
import static dev.byline.content.ContentLimits.STANDFIRST;
import static dev.byline.content.ContentLimits.TAGS;
import static dev.byline.content.ContentLimits.TITLE;

import dev.byline.common.persistence.Slugs;
import dev.byline.content.ContentInput;
import dev.byline.content.ContentRequest;
import dev.byline.content.ContentStatus;
import dev.byline.content.FeaturedImage;
import dev.byline.content.Seo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /articles}: every field an article may carry, validated on its own
 * (an unknown field is a 400 naming it), then handed to content as one command.
 */
@Schema(description = "Create an article. Give exactly one of bodyMarkdown or bodyHtml.")
public record ArticleRequest(
        @NotBlank @Size(max = TITLE)
        @Schema(examples = "Russia asserts major regional role as it offers to host Taliban talks") String title,
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN)
        @Schema(description = "Derived from the title when absent") String slug,
        @Size(max = STANDFIRST) String standfirst,
        @Size(max = DATELINE) @Schema(examples = "ISLAMABAD") String dateline,
        @Size(max = BODY_MARKDOWN) @Schema(examples = "Russia has inched towards a bigger role in Afghanistan…")
        String bodyMarkdown,
        @Size(max = BODY_HTML) String bodyHtml,
        @Size(max = EXCERPT) @Schema(description = "Derived from the body when absent") String excerpt,
        @Schema(description = "draft (default), scheduled, published or archived") ContentStatus status,
        @Schema(description = "Defaults to now when the item is published") Instant publishedAt,
        @Schema(description = "Required for scheduled: when to publish") Instant publishAt,
        @Size(max = AUTHORS) @Schema(description = "Author ids or slugs; posts take exactly one. Defaults to the "
                + "caller's own author.", examples = "[\"tahir-khan\"]")
        List<@NotBlank @Size(max = REFERENCE) String> authors,
        @Size(max = REFERENCE) @Schema(description = "Section id or slug", examples = "world") String section,
        @Size(max = TAGS) @Schema(description = "Tag ids or slugs", examples = "[\"afghanistan\", \"diplomacy\"]")
        List<@NotBlank @Size(max = REFERENCE) String> tags,
        @Valid FeaturedImage featuredImage,
        @Valid Seo seo,
        Boolean commentsOpen,
        @Schema(description = "Editors: create tags named in tags that do not exist yet") Boolean createMissingTags) implements ContentInput {

    @Override
    public ContentRequest toCommand() {
        return new ContentRequest(title, slug, standfirst, dateline, bodyMarkdown, bodyHtml, excerpt, status,
                publishedAt, publishAt, authors, section, tags, featuredImage, seo, commentsOpen, createMissingTags);
    }
}
