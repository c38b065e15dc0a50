package dev.byline.content;

import dev.byline.content.web.RecentItemView;

import dev.byline.content.Refs.AuthorRef;
import dev.byline.content.Refs.SectionRef;
import dev.byline.content.Refs.TagRef;
import dev.byline.common.web.Permalinks;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Entity to output views. Call inside the transaction that loaded the item. */
public final class ContentMapper {

    private ContentMapper() {
    }

    public static ContentView full(Permalinks links, ContentItem item) {
        return new ContentView(item.id, item.type, item.slug, url(item, links), item.title, articleFields(item),
                item.bodyMarkdown, item.bodyHtml, item.excerpt, item.status, item.publishedAt, item.publishAt,
                item.createdAt, item.updatedAt, item.version, authors(item), SectionRef.of(item.section),
                tags(item), FeaturedImageView.of(item.featuredImage, item.featuredMedia), new Seo(item.seoTitle, item.seoDescription, item.seoCanonicalUrl),
                item.wordCount, item.readingTimeMinutes, item.commentsOpen, item.commentCount);
    }

    public static ContentSummaryView summary(Permalinks links, ContentItem item) {
        return new ContentSummaryView(item.id, item.type, item.slug, url(item, links), item.title, articleFields(item),
                item.excerpt, item.status, item.publishedAt, item.publishAt, item.createdAt, item.updatedAt,
                item.version, authors(item), SectionRef.of(item.section), tags(item),
                FeaturedImageView.of(item.featuredImage, item.featuredMedia),
                item.wordCount, item.readingTimeMinutes, item.commentsOpen, item.commentCount);
    }

    public static RecentItemView recent(Permalinks links, ContentItem item) {
        return new RecentItemView(item.type, item.id, item.slug, url(item, links), item.title, item.excerpt,
                SectionRef.of(item.section), item.publishedAt);
    }

    /** The item's permalink; dated patterns use its publication date, or before it its creation date. */
    public static String url(ContentItem item, Permalinks links) {
        Instant date = item.publishedAt != null ? item.publishedAt
                : item.publishAt != null ? item.publishAt : item.createdAt;
        return links.item((item.type == ContentType.ARTICLE), item.slug, date, item.section == null ? null : item.section.slug);
    }

    private static ArticleFields articleFields(ContentItem item) {
        return item.type.hasArticleFields() ? new ArticleFields(item.standfirst, item.dateline) : null;
    }

    private static List<AuthorRef> authors(ContentItem item) {
        return item.authors.stream().map(AuthorRef::of).toList();
    }

    private static List<TagRef> tags(ContentItem item) {
        return item.tags.stream().sorted(Comparator.comparing(t -> t.slug)).map(TagRef::of).toList();
    }
}
