package dev.byline.comment;

import dev.byline.common.web.Api;
import dev.byline.content.ContentType;
import jakarta.ws.rs.Path;

@Path(Api.BASE + "/articles")
public class ArticleCommentResource extends ItemCommentResource {

    @Override
    protected ContentType type() {
        return ContentType.ARTICLE;
    }
}
