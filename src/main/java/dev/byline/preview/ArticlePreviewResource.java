package dev.byline.preview;

import dev.byline.common.web.Api;
import dev.byline.content.ContentType;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/articles")
@Tag(name = "Previews")
public class ArticlePreviewResource extends ItemPreviewResource {

    @Override
    protected ContentType type() {
        return ContentType.ARTICLE;
    }
}
