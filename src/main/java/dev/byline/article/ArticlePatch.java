package dev.byline.article;

import dev.byline.content.ContentStatus;
import dev.byline.content.FeaturedImage;
import dev.byline.content.Seo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /articles/{id}}: a JSON Merge Patch (RFC 7396). Every field is optional: an
 * absent field stays as it is, {@code null} clears it (or derives it again, for slug and
 * excerpt). The result is validated like a create request.
 */
@Schema(name = "ArticlePatch", description = "JSON Merge Patch of an article: absent fields stay, null clears")
public record ArticlePatch(
        @Schema(description = "New headline; cannot be cleared") String title,
        @Schema(description = "New slug (the old one redirects); null derives it from the title again") String slug,
        @Schema(description = "The summary line under the headline") String standfirst,
        @Schema(description = "Where the story was filed", examples = "ISLAMABAD") String dateline,
        @Schema(description = "New Markdown body; replaces an HTML body") String bodyMarkdown,
        @Schema(description = "New HTML body; replaces a Markdown body") String bodyHtml,
        @Schema(description = "null derives the excerpt from the body again") String excerpt,
        @Schema(description = "draft, scheduled, published or archived") ContentStatus status,
        @Schema(description = "null with status published means now") Instant publishedAt,
        @Schema(description = "When to publish a scheduled item") Instant publishAt,
        @Schema(description = "Author ids or slugs, in byline order") List<String> authors,
        @Schema(description = "Section id or slug; null leaves the item without a section") String section,
        @Schema(description = "Tag ids or slugs; null or [] removes all") List<String> tags,
        @Schema(description = "null removes the image; an object is merged into the current one")
        FeaturedImage featuredImage,
        @Schema(description = "An object is merged into the current SEO fields") Seo seo,
        @Schema(description = "null means open") Boolean commentsOpen,
        @Schema(description = "Editors: create tags named in tags that do not exist yet") Boolean createMissingTags) {
}
