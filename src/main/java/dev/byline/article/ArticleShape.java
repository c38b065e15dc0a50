package dev.byline.article;

import dev.byline.content.ContentShape;
import dev.byline.content.ContentType;
import jakarta.inject.Singleton;

/** An article's body is an {@link ArticleRequest}, its merge patch an {@link ArticlePatch}. */
@Singleton
public class ArticleShape extends ContentShape {

    ArticleShape() {
        super(ContentType.ARTICLE, ArticleRequest.class, ArticlePatch.class);
    }
}
