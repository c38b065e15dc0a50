package dev.byline.common.persistence;

/** How many public (published, date passed) articles and posts a section, tag or author has. */
public record PublicCounts(long articles, long posts) {

    public static final PublicCounts NONE = new PublicCounts(0, 0);

    public PublicCounts plus(PublicCounts other) {
        return new PublicCounts(articles + other.articles, posts + other.posts);
    }
}
