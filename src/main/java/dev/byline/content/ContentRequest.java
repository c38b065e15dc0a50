package dev.byline.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The one command both types' request records ({@code ArticleRequest}, {@code PostRequest}) map
 * to, and the shape a JSON Merge Patch applies to. Authors, section and tags are named by id or
 * slug. It carries no constraints of its own: a create is validated as the type's request record,
 * and so is the state after a merge patch (see {@link dev.byline.content.write.ContentRequests}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ContentRequest(
        String title,
        String slug,
        String standfirst,
        String dateline,
        String bodyMarkdown,
        String bodyHtml,
        String excerpt,
        ContentStatus status,
        Instant publishedAt,
        Instant publishAt,
        List<String> authors,
        String section,
        List<String> tags,
        FeaturedImage featuredImage,
        Seo seo,
        Boolean commentsOpen,
        Boolean createMissingTags) {
}
