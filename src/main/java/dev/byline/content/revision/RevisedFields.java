package dev.byline.content.revision;

import dev.byline.content.ContentItem;
import dev.byline.content.ContentStatus;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a revision is about: a write that changes any of these stores one (API.md §3 names
 * title, body, excerpt, slug, status, authors, section and tags; standfirst and dateline are
 * an article's text too, and are restored with it). SEO, image, comment settings and dates alone do not.
 */
public record RevisedFields(String title, String standfirst, String dateline, String bodyMarkdown, String bodyHtml,
        String excerpt, String slug, ContentStatus status, List<UUID> authors, UUID section, Set<UUID> tags) {

    public static RevisedFields of(ContentItem item) {
        return new RevisedFields(item.title, item.standfirst, item.dateline, item.bodyMarkdown, item.bodyHtml,
                item.excerpt, item.slug, item.status, item.authors.stream().map(a -> a.id).toList(),
                item.section == null ? null : item.section.id,
                item.tags.stream().map(t -> t.id).collect(Collectors.toSet()));
    }
}
