package dev.byline.content;

/** How many public (published, date passed) articles and posts a section, tag or author has. */
public record PublicCounts(long articles, long posts) {

    public static final PublicCounts NONE = new PublicCounts(0, 0);

    /** What the counted items are grouped by. */
    public enum By {
        SECTION("join c.section o"), TAG("join c.tags o"), AUTHOR("join c.authors o");

        final String join;

        By(String join) {
            this.join = join;
        }
    }

    PublicCounts plus(ContentType type, long count) {
        return type.isArticle() ? new PublicCounts(articles + count, posts) : new PublicCounts(articles, posts + count);
    }
}
