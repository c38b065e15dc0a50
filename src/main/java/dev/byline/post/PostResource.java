package dev.byline.post;

import dev.byline.common.openapi.TypedBodies;
import dev.byline.common.web.Api;
import dev.byline.content.ContentType;
import dev.byline.content.web.ContentResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Posts: blog-style entries with one author. */
@Path(Api.BASE + "/posts")
@Tag(name = "Posts", description = "Blog-style or short entries with exactly one author",
        extensions = @Extension(name = TypedBodies.SCHEMAS, parseValue = true,
                value = "{\"create\": \"PostRequest\", \"patch\": \"PostPatch\"}"))
public class PostResource extends ContentResource {

    @Override
    protected ContentType type() {
        return ContentType.POST;
    }
}
