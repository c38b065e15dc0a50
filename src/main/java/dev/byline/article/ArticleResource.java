package dev.byline.article;

import dev.byline.common.web.Api;
import dev.byline.content.ContentResource;
import dev.byline.content.ContentType;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Articles: long-form news stories with bylines, a dateline and a standfirst. */
@Path(Api.BASE + "/articles")
@Tag(name = "Articles", description = "Long-form news stories: several authors, a dateline and a standfirst")
public class ArticleResource extends ContentResource {

    @Override
    protected ContentType type() {
        return ContentType.ARTICLE;
    }
}
