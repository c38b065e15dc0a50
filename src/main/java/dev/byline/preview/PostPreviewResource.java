package dev.byline.preview;

import dev.byline.common.web.Api;
import dev.byline.content.ContentType;
import jakarta.ws.rs.Path;

@Path(Api.BASE + "/posts")
public class PostPreviewResource extends ItemPreviewResource {

    @Override
    protected ContentType type() {
        return ContentType.POST;
    }
}
