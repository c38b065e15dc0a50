package dev.byline.content;

import dev.byline.content.web.RecentItemView;

import dev.byline.content.Refs.AuthorRef;
import dev.byline.content.Refs.SectionRef;
import dev.byline.content.Refs.TagRef;
import java.util.Comparator;
import java.util.List;

/** Entity to output views. Call inside the transaction that loaded the item. */
public final class ContentMapper {

    private ContentMapper() {
    }

    public static ContentView full(ContentItem item) {
        return new ContentView(item.id, item.type, item.slug, item.title, articleFields(item),
                item.bodyMarkdown, item.bodyHtml, item.excerpt, item.status, item.publishedAt, item.publishAt,
                item.createdAt, item.updatedAt, item.version, authors(item), SectionRef.of(item.section),
                tags(item), item.featuredImage, new Seo(item.seoTitle, item.seoDescription, item.seoCanonicalUrl),
                item.wordCount, item.readingTimeMinutes, item.commentsOpen, item.commentCount);
    }

    public static ContentSummaryView summary(ContentItem item) {
        return new ContentSummaryView(item.id, item.type, item.slug, item.title, articleFields(item),
                item.excerpt, item.status, item.publishedAt, item.publishAt, item.createdAt, item.updatedAt,
                item.version, authors(item), SectionRef.of(item.section), tags(item), item.featuredImage,
                item.wordCount, item.readingTimeMinutes, item.commentsOpen, item.commentCount);
    }

    public static RecentItemView recent(ContentItem item) {
        return new RecentItemView(item.type, item.id, item.slug, item.title, item.excerpt,
                SectionRef.of(item.section), item.publishedAt);
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
