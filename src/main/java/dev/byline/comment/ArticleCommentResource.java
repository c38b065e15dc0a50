package dev.byline.comment;

import dev.byline.common.web.Api;
import dev.byline.content.ContentType;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/articles")
@Tag(name = "Comments")
public class ArticleCommentResource extends ItemCommentResource {

    @Override
    protected ContentType type() {
        return ContentType.ARTICLE;
    }
}
