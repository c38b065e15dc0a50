package dev.byline.post;

import dev.byline.content.ContentShape;
import dev.byline.content.ContentType;
import jakarta.inject.Singleton;

/** A post's body is a {@link PostRequest}, its merge patch a {@link PostPatch}. */
@Singleton
public class PostShape extends ContentShape {

    PostShape() {
        super(ContentType.POST, PostRequest.class, PostPatch.class);
    }
}
