package dev.byline.content;

import dev.byline.content.list.ContentListQuery;
import dev.byline.content.list.ContentSort;
import dev.byline.content.list.Cursor;

import dev.byline.common.persistence.PublicCounts;

import dev.byline.content.index.FullText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.hibernate.Hibernate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Content queries. A list page costs a fixed number of statements whatever its size: the
 * count, the page (with sections), then the authors and the tags of all its items at once.
 * A full-text {@code q} only adds a predicate (and, for {@code sort=relevance}, the order).
 */
@ApplicationScoped
public class ContentItemRepository implements PanacheRepositoryBase<ContentItem, UUID> {

    /**
     * The item with its section and authors (one statement; at most 20 authors, so at most
     * 20 rows), then its tags (one more). Fetch-joining the tags too would repeat the whole
     * row, bodies included, once per author and tag pair.
     */
    public Optional<ContentItem> findFull(ContentType type, UUID id) {
        return single("c.type = :type and c.id = :key", type, id);
    }

    public Optional<ContentItem> findFullBySlug(ContentType type, String slug) {
        return single("c.type = :type and c.slug = :key", type, slug);
    }

    /**
     * One item with its section, image and authors in one statement (a row per author), then its
     * tags. No {@code distinct}: Hibernate returns each item once anyway, and in SQL it made
     * PostgreSQL sort the rows by every column, the three body columns included (0.48 ms of
     * execution instead of 0.23 for an article of 6 KB).
     */
    private Optional<ContentItem> single(String where, ContentType type, Object key) {
        Optional<ContentItem> item = getEntityManager().createQuery(
                        "select c from ContentItem c left join fetch c.section left join fetch c.featuredMedia "
                                + "left join fetch c.authors "
                                + "where " + where, ContentItem.class)
                .setParameter("type", type)
                .setParameter("key", key)
                .getResultList().stream().findFirst();
        item.ifPresent(found -> Hibernate.initialize(found.tags));
        return item;
    }

    private static final String STAMP = "select new dev.byline.content.ContentStamp(c.id, c.type, c.slug, "
            + "c.version, c.status, c.publishedAt, c.createdBy) from ContentItem c where c.type = :type and ";

    /** Who may see the item and its version, without loading it (one statement, no joins). */
    public Optional<ContentStamp> stamp(ContentType type, UUID id) {
        return stamp("c.id = :key", type, id);
    }

    public Optional<ContentStamp> stampBySlug(ContentType type, String slug) {
        return stamp("c.slug = :key", type, slug);
    }

    private Optional<ContentStamp> stamp(String where, ContentType type, Object key) {
        return getEntityManager().createQuery(STAMP + where, ContentStamp.class)
                .setParameter("type", type)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    /**
     * Locks the item's row until the transaction ends ({@code FOR NO KEY UPDATE}), so writes to
     * one item take turns: a version compared after the lock cannot change before the commit.
     * False when there is no such item.
     */
    public boolean lock(ContentType type, UUID id) {
        return !getEntityManager().createNativeQuery(
                        "select 1 from content_items where id = :id and type = :type for no key update")
                .setParameter("id", id)
                .setParameter("type", type.value())
                .getResultList().isEmpty();
    }

    /** Scheduled items whose instant has passed, oldest instant first. */
    public List<UUID> dueIds(Instant now, int limit) {
        return getEntityManager().createQuery("select c.id from ContentItem c where c.status = :scheduled "
                        + "and c.publishAt <= :now order by c.publishAt, c.id", UUID.class)
                .setParameter("scheduled", ContentStatus.SCHEDULED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Locks the item when it is still scheduled and due, and nobody else holds it: another
     * instance publishing it at this moment makes this skip it ({@code SKIP LOCKED}), and once
     * that one commits the item is no longer scheduled. Returns its type when locked.
     */
    public Optional<ContentType> lockIfDue(UUID id, Instant now) {
        List<?> rows = getEntityManager().createNativeQuery("select type from content_items where id = :id "
                        + "and status = 'scheduled' and publish_at <= :now for no key update skip locked")
                .setParameter("id", id)
                .setParameter("now", now)
                .getResultList();
        return rows.stream().map(type -> ContentType.of(type.toString())).findFirst();
    }

    /** Slugs of this type equal to {@code base} or of the form {@code base-N}. */
    public boolean slugTaken(ContentType type, String slug, UUID except) {
        return count("type = ?1 and slug = ?2 and id <> ?3", type, slug, except) > 0;
    }

    public long count(ContentListQuery query) {
        Where where = where(query, null);
        TypedQuery<Long> count = getEntityManager()
                .createQuery("select count(c) from ContentItem c where " + where.jpql, Long.class);
        where.params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** One page, by offset ({@code cursor} null) or after a keyset position. */
    public List<ContentItem> page(ContentListQuery query, Cursor cursor, int offset, int limit) {
        Where where = where(query, cursor);
        TypedQuery<ContentItem> page = getEntityManager().createQuery(
                "select c from ContentItem c left join fetch c.section left join fetch c.featuredMedia where "
                        + where.jpql + order(query.sort()),
                ContentItem.class);
        where.params.forEach(page::setParameter);
        List<ContentItem> items = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        loadCollections(items);
        return items;
    }

    /** Ids and versions of one page ({@code limit} rows) in the list's order, without loading the items. */
    public List<ItemVersion> pageVersions(ContentListQuery query, Cursor cursor, int offset, int limit) {
        Where where = where(query, cursor);
        TypedQuery<ItemVersion> page = getEntityManager().createQuery(
                "select new dev.byline.content.ItemVersion(c.id, c.version) from ContentItem c where " + where.jpql
                        + order(query.sort()), ItemVersion.class);
        where.params.forEach(page::setParameter);
        return page.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Loads authors and tags of all the items with one statement each: the collections are
     * batch-fetched ({@code quarkus.hibernate-orm.fetch.batch-size}), so initialising the first
     * loads them for every item of the page, without repeating the items' own columns.
     */
    public void loadCollections(List<ContentItem> items) {
        if (items.isEmpty()) {
            return;
        }
        Hibernate.initialize(items.get(0).authors);
        Hibernate.initialize(items.get(0).tags);
    }

    private static String order(ContentSort sort) {
        if (sort == ContentSort.RELEVANCE) {
            return " order by " + FullText.RANK_HQL + " desc, c.publishedAt desc nulls last, c.id desc";
        }
        String direction = sort.descending() ? " desc" : " asc";
        return " order by " + sort.field() + direction + " nulls last, c.id" + direction;
    }

    /** Ids and versions of the newest public items of every type, as {@link #recent} would list them. */
    public List<ItemVersion> recentVersions(Instant now, int limit) {
        return getEntityManager().createQuery("select new dev.byline.content.ItemVersion(c.id, c.version) "
                        + "from ContentItem c where c.status = :published and c.publishedAt <= :now "
                        + "order by c.publishedAt desc, c.id desc", ItemVersion.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The newest public items of every type, with their sections. */
    public List<ContentItem> recent(Instant now, int limit) {
        return recent(null, now, limit);
    }

    /** The newest public items of every type in these sections (all when null), with their sections. */
    public List<ContentItem> recent(Set<UUID> sectionIds, Instant now, int limit) {
        TypedQuery<ContentItem> query = getEntityManager().createQuery("select c from ContentItem c "
                        + "left join fetch c.section where c.status = :published and c.publishedAt <= :now "
                        + (sectionIds == null ? "" : "and c.section.id in :sections ")
                        + "order by c.publishedAt desc, c.id desc", ContentItem.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", now)
                .setMaxResults(limit);
        if (sectionIds != null) {
            query.setParameter("sections", sectionIds);
        }
        return query.getResultList();
    }

    public long countInSection(UUID sectionId) {
        return count("section.id", sectionId);
    }

    public long countByAuthor(UUID authorId) {
        return getEntityManager().createQuery(
                        "select count(c) from ContentItem c join c.authors a where a.id = :author", Long.class)
                .setParameter("author", authorId).getSingleResult();
    }

    /** Public items per section, tag or author in {@code ownerIds}, in one statement. */
    public Map<UUID, PublicCounts> publicCounts(CountBy by, List<UUID> ownerIds, Instant now) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createQuery("select o.id, c.type, count(c) from ContentItem c "
                        + by.join + " where o.id in :ids and c.status = :published and c.publishedAt <= :now "
                        + "group by o.id, c.type", Object[].class)
                .setParameter("ids", ownerIds)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", now)
                .getResultList();
        Map<UUID, PublicCounts> counts = new HashMap<>();
        for (Object[] row : rows) {
            long count = (Long) row[2];
            PublicCounts one = row[1] == ContentType.ARTICLE ? new PublicCounts(count, 0) : new PublicCounts(0, count);
            counts.merge((UUID) row[0], one, PublicCounts::plus);
        }
        return counts;
    }

    /** What public counts are grouped by. */
    public enum CountBy {
        SECTION("join c.section o"), TAG("join c.tags o"), AUTHOR("join c.authors o");

        final String join;

        CountBy(String join) {
            this.join = join;
        }
    }

    private record Where(String jpql, Map<String, Object> params) {
    }

    private static Where where(ContentListQuery query, Cursor cursor) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        clauses.add("c.type = :type");
        params.put("type", query.type());
        String isPublic = "(c.status = :published and c.publishedAt <= :now)";
        boolean publicRule = query.statuses() == null || query.ownerOnly() != null;
        if (publicRule) {
            params.put("now", query.now());
            params.put("published", ContentStatus.PUBLISHED);
        }
        if (query.statuses() == null) {
            clauses.add(isPublic);
        } else {
            clauses.add("c.status in :statuses");
            params.put("statuses", query.statuses());
            if (query.ownerOnly() != null) {
                clauses.add("(" + isPublic + " or c.createdBy = :owner)");
                params.put("owner", query.ownerOnly());
            }
        }
        if (query.sectionIds() != null) {
            clauses.add("c.section.id in :sections");
            params.put("sections", query.sectionIds());
        }
        if (query.tagIds() != null) {
            clauses.add("exists (select 1 from ContentItem t join t.tags g where t.id = c.id and g.id in :tags)");
            params.put("tags", query.tagIds());
        }
        if (query.authorId() != null) {
            clauses.add("exists (select 1 from ContentItem t join t.authors a where t.id = c.id and a.id = :author)");
            params.put("author", query.authorId());
        }
        if (query.publishedAfter() != null) {
            clauses.add("c.publishedAt > :after");
            params.put("after", query.publishedAfter());
        }
        if (query.publishedBefore() != null) {
            clauses.add("c.publishedAt < :before");
            params.put("before", query.publishedBefore());
        }
        if (query.search() != null) {
            clauses.add(FullText.MATCH_HQL);
            params.put("searchConfig", query.searchConfig());
            params.put("searchText", query.search().value());
        }
        if (cursor != null) {
            clauses.add(keyset(query.sort(), cursor, params));
        }
        return new Where(String.join(" and ", clauses), params);
    }

    /** Rows strictly after the cursor in the list's order (nulls sort last). */
    private static String keyset(ContentSort sort, Cursor cursor, Map<String, Object> params) {
        String field = sort.field();
        String op = sort.descending() ? "<" : ">";
        params.put("cursorId", cursor.id());
        if (cursor.value() == null) {
            return "(" + field + " is null and c.id " + op + " :cursorId)";
        }
        params.put("cursorValue", sort.isTimestamp() ? cursor.instantValue() : cursor.value());
        return "(" + field + " " + op + " :cursorValue or (" + field + " = :cursorValue and c.id " + op
                + " :cursorId) or " + field + " is null)";
    }
}
