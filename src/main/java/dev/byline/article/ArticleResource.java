package dev.byline.article;

import dev.byline.common.openapi.TypedBodies;
import dev.byline.common.web.Api;
import dev.byline.content.ContentType;
import dev.byline.content.web.ContentResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Articles: long-form news stories with bylines, a dateline and a standfirst. */
@Path(Api.BASE + "/articles")
@Tag(name = "Articles", description = "Long-form news stories: several authors, a dateline and a standfirst",
        extensions = @Extension(name = TypedBodies.SCHEMAS, parseValue = true,
                value = "{\"create\": \"ArticleRequest\", \"patch\": \"ArticlePatch\"}"))
public class ArticleResource extends ContentResource {

    @Override
    protected ContentType type() {
        return ContentType.ARTICLE;
    }
}
