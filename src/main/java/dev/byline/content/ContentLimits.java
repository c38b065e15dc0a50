package dev.byline.content;

import dev.byline.common.persistence.Slugs;

/**
 * How long the fields of an article or a post may be: both types' request records declare
 * them, and an import cuts what it brings in to fit.
 */
public final class ContentLimits {

    public static final int TITLE = 300;
    public static final int STANDFIRST = 500;
    public static final int DATELINE = 100;
    public static final int BODY_MARKDOWN = 500_000;
    public static final int BODY_HTML = 1_000_000;
    public static final int EXCERPT = 500;
    public static final int AUTHORS = 20;
    public static final int TAGS = 50;
    /** An author, section or tag named by id or slug. */
    public static final int REFERENCE = Slugs.MAX_LENGTH;

    private ContentLimits() {
    }
}
