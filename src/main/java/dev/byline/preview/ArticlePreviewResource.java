package dev.byline.preview;

import dev.byline.common.web.Api;
import dev.byline.content.ContentType;
import jakarta.ws.rs.Path;

@Path(Api.BASE + "/articles")
public class ArticlePreviewResource extends ItemPreviewResource {

    @Override
    protected ContentType type() {
        return ContentType.ARTICLE;
    }
}
