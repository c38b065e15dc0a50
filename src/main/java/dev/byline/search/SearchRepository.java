package dev.byline.search;

import dev.byline.content.index.FullText;
import dev.byline.content.index.SearchText;

import dev.byline.common.web.Permalinks;
import dev.byline.content.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Full-text queries over public items. A page is one statement: the inner query ranks every
 * match, counts them (a window, so the matches are read once) and keeps the page's ids; the
 * outer one fetches those rows and highlights them, so {@code ts_headline}, which re-reads a
 * whole text, runs for the page only. A page past the end needs a second statement, the count.
 */
@ApplicationScoped
public class SearchRepository {

    private static final String PUBLIC_MATCHES = "FROM content_items c WHERE " + FullText.MATCH_SQL
            + " AND c.status = 'published' AND c.published_at <= :now AND c.type IN (:types)";

    /** {@code ts_headline} re-parses its whole input (about 0.4 ms per 5 KB): longer texts are cut. */
    static final int HIGHLIGHTED_CHARS = 30_000;

    /**
     * The highlighted text: standfirst, a given excerpt and the body (its first
     * {@value #HIGHLIGHTED_CHARS} characters), HTML-escaped before {@code ts_headline} sees it,
     * so its output holds no markup but the {@code <mark>} tags it adds (the text's own
     * {@code <} and {@code &} arrive as {@code &lt;} and {@code &amp;}).
     */
    private static final String ESCAPED_TEXT = "replace(replace(replace(replace(replace(left("
            + "concat_ws(E'\\n', c.standfirst, CASE WHEN c.excerpt_given THEN c.excerpt END, c.body_text), "
            + HIGHLIGHTED_CHARS + "), "
            + "'&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '\"', '&quot;'), '''', '&#39;')";

    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=3, "
                    + "FragmentDelimiter=\" … \"";

    private static final String PAGE = "SELECT c.type, c.id, c.slug, c.title, c.excerpt, c.published_at, h.rank, "
            + "(SELECT s.slug FROM sections s WHERE s.id = c.section_id) AS section_slug, "
            + "h.total, ts_headline(cast(:searchConfig as regconfig), " + ESCAPED_TEXT + ", " + FullText.QUERY_SQL
            + ", :headlineOptions) AS highlight "
            + "FROM (SELECT c.id, c.published_at, " + FullText.RANK_SQL + " AS rank, count(*) OVER () AS total "
            + PUBLIC_MATCHES + " ORDER BY rank DESC, c.published_at DESC, c.id DESC LIMIT :limit OFFSET :offset) h "
            + "JOIN content_items c ON c.id = h.id "
            + "ORDER BY h.rank DESC, h.published_at DESC, h.id DESC";

    /** A page of hits and the number of all hits. */
    public record Hits(List<SearchHitView> page, long total) {
    }

    @Inject
    EntityManager em;

    @Inject
    Permalinks permalinks;

    public Hits page(SearchText text, String config, Collection<ContentType> types, Instant now, long offset,
            int limit) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> page = em.createNativeQuery(PAGE).unwrap(NativeQuery.class);
        page.addScalar("type", String.class)
                .addScalar("id", UUID.class)
                .addScalar("slug", String.class)
                .addScalar("title", String.class)
                .addScalar("excerpt", String.class)
                .addScalar("published_at", Instant.class)
                .addScalar("rank", Float.class)
                .addScalar("total", Long.class)
                .addScalar("highlight", String.class)
                .addScalar("section_slug", String.class);
        bind(page, text, config, types, now);
        page.setParameter("headlineOptions", HEADLINE_OPTIONS);
        page.setParameter("limit", limit);
        page.setParameter("offset", offset);
        List<Object[]> rows = page.getResultList();
        if (rows.isEmpty()) {
            return new Hits(List.of(), offset == 0 ? 0 : count(text, config, types, now));
        }
        List<SearchHitView> hits = rows.stream()
                .map(row -> {
                    ContentType type = ContentType.of((String) row[0]);
                    String url = permalinks.item((type == ContentType.ARTICLE), (String) row[2], (Instant) row[5], (String) row[9]);
                    return new SearchHitView(type, (UUID) row[1], (String) row[2], url, (String) row[3],
                            (String) row[4], (Instant) row[5], (Float) row[6], (String) row[8]);
                })
                .toList();
        return new Hits(hits, (Long) rows.get(0)[7]);
    }

    long count(SearchText text, String config, Collection<ContentType> types, Instant now) {
        Query count = em.createNativeQuery("SELECT count(*) AS n " + PUBLIC_MATCHES).unwrap(NativeQuery.class)
                .addScalar("n", Long.class);
        bind(count, text, config, types, now);
        return ((Number) count.getSingleResult()).longValue();
    }

    private static void bind(Query query, SearchText text, String config, Collection<ContentType> types,
            Instant now) {
        query.setParameter("searchConfig", config);
        query.setParameter("searchText", text.value());
        query.setParameter("now", now);
        query.setParameter("types", types.stream().map(ContentType::value).toList());
    }
}
