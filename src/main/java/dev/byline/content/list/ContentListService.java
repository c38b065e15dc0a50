package dev.byline.content.list;

import dev.byline.common.web.Permalinks;
import dev.byline.content.ContentCacheKeys;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentItemRepository;
import dev.byline.content.ContentMapper;
import dev.byline.content.ContentStatus;
import dev.byline.content.ContentType;
import dev.byline.content.ItemVersion;
import dev.byline.content.web.RecentItemView;

import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.security.Role;
import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.FieldError;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.EntityTags;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.common.web.SurrogateKeys;
import dev.byline.common.web.Versioned;
import dev.byline.content.index.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Lists of articles and posts, and the "Recent posts" sidebar. */
@ApplicationScoped
public class ContentListService {

    public static final int MAX_RECENT = 50;
    @Inject
    Permalinks permalinks;

    @Inject
    ContentItemRepository items;

    @Inject
    ListFilters filters;

    @Inject
    BylineConfig config;

    /**
     * A list request as typed at the edge: tag slugs normalised, statuses read, timestamps parsed;
     * section and author slugs as given (a 404-like error names them so).
     */
    public record ListParams(Integer page, Integer size, String cursor, String section, List<String> tags,
            String author, StatusFilter status, Instant publishedAfter, Instant publishedBefore, String q,
            ContentSort sort) {
    }

    /**
     * A list request resolved and counted: the filters turned into ids, the paging decided, the
     * total known. {@link #version} and {@link #page} both start from it, so a conditional read
     * that misses costs no second count.
     */
    public record ListPlan(ContentType type, ContentListQuery query, Cursor cursor, int offset, Integer pageNumber,
            int size, long total) {
    }

    /** Resolves and counts a list request; bad parameters are one 400 naming each. */
    @Transactional
    public ListPlan plan(ContentType type, ListParams params, Optional<AuthenticatedUser> caller) {
        if (params.page() != null && params.cursor() != null) {
            throw ApiException.invalid("cursor", "use either page or cursor, not both");
        }
        PageParams paging = PageParams.of(params.page(), params.size());
        ContentSort sort = params.sort();
        SearchText search = params.q() == null ? null : SearchText.of(params.q());
        if (sort == ContentSort.RELEVANCE && search == null) {
            throw ApiException.invalid("sort", "relevance needs a search query q");
        }
        boolean byCursor = params.cursor() != null && !params.cursor().isBlank();
        if (sort == ContentSort.RELEVANCE && byCursor) {
            // A rank is no stable keyset position: ranks tie and change as items are edited.
            throw ApiException.invalid("cursor", "sort=relevance pages by page number only; drop cursor");
        }
        ContentListQuery query = query(type, params, search, sort, caller);
        Cursor cursor = byCursor ? Cursor.decode(params.cursor(), sort) : null;
        long total = items.count(query);
        return new ListPlan(type, query, cursor, cursor == null ? paging.offset() : 0,
                cursor == null ? paging.page() : null, paging.size(), total);
    }

    /**
     * The version stamp of a page: a hash of what it shows, i.e. type, page, size, total and the
     * ids and versions of its rows (plus the row after it, which decides nextCursor). Versions
     * change with every change of an item's JSON, so one id/version query decides a 304 before
     * anything is loaded or rendered.
     */
    @Transactional
    public String version(ListPlan plan) {
        return listTag(plan, items.pageVersions(plan.query(), plan.cursor(), plan.offset(), plan.size() + 1));
    }

    /**
     * One page of a list, as summaries, or as full views when {@code full} (the client asked for
     * members only the full view has); with its version stamp and surrogate keys.
     */
    @Transactional
    public Versioned<PageView<Object>> page(ListPlan plan, boolean full) {
        List<ContentItem> page = items.page(plan.query(), plan.cursor(), plan.offset(), plan.size() + 1);
        String etag = listTag(plan, page.stream().map(item -> new ItemVersion(item.id, item.version)).toList());
        boolean more = page.size() > plan.size();
        if (more) {
            page = page.subList(0, plan.size());
        }
        ContentSort sort = plan.query().sort();
        String next = more && sort != ContentSort.RELEVANCE ? cursorAfter(page.get(page.size() - 1), sort).encode()
                : null;
        List<Object> data = page.stream()
                .map(item -> full ? (Object) ContentMapper.full(permalinks, item) : ContentMapper.summary(permalinks, item))
                .toList();
        SurrogateKeys keys = SurrogateKeys.of(ContentCacheKeys.list(plan.type()));
        page.forEach(item -> ContentCacheKeys.addItem(keys, item, true));
        return new Versioned<>(etag, new PageView<>(data, PageMeta.of(plan.pageNumber(), plan.size(), plan.total(),
                next)), keys);
    }

    /** The version stamp of the "Recent posts" sidebar (one id/version query). */
    @Transactional
    public String recentVersion(Integer limit) {
        int n = recentLimit(limit);
        return recentTag(n, items.recentVersions(Times.now(), n));
    }

    /** The "Recent posts" sidebar. */
    @Transactional
    public Versioned<List<RecentItemView>> recent(Integer limit) {
        int n = recentLimit(limit);
        List<ContentItem> recent = items.recent(Times.now(), n);
        SurrogateKeys keys = SurrogateKeys.of(ContentCacheKeys.RECENT);
        recent.forEach(item -> ContentCacheKeys.addItem(keys, item, false));
        return new Versioned<>(recentTag(n, recent.stream().map(item -> new ItemVersion(item.id, item.version))
                .toList()), recent.stream().map(item -> ContentMapper.recent(permalinks, item)).toList(), keys);
    }

    private static int recentLimit(Integer limit) {
        int n = limit == null ? 6 : limit;
        if (n < 1 || n > MAX_RECENT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_RECENT);
        }
        return n;
    }

    private static String listTag(ListPlan plan, List<ItemVersion> rows) {
        return EntityTags.hashed("l", plan.type().value() + "|" + plan.pageNumber() + "|" + plan.size() + "|"
                + plan.total() + "|" + versions(rows));
    }

    private static String recentTag(int limit, List<ItemVersion> rows) {
        return EntityTags.hashed("r", "recent|" + limit + "|" + versions(rows));
    }

    private static String versions(List<ItemVersion> rows) {
        return rows.stream().map(row -> row.id() + ":" + row.version()).collect(Collectors.joining(","));
    }

    private ContentListQuery query(ContentType type, ListParams params, SearchText search, ContentSort sort,
            Optional<AuthenticatedUser> caller) {
        List<FieldError> errors = new ArrayList<>();
        Set<ContentStatus> statuses = statuses(params.status(), caller, errors);
        UUID owner = statuses != null && caller.isPresent() && !caller.get().isAtLeast(Role.EDITOR)
                ? caller.get().id() : null;
        Set<UUID> sectionIds = filters.section(params.section(), errors);
        Set<UUID> tagIds = filters.tags(params.tags(), errors);
        UUID authorId = filters.author(params.author(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new ContentListQuery(type, statuses, owner, sectionIds, tagIds, authorId, params.publishedAfter(), params.publishedBefore(), search,
                config.search().config(), sort, Times.now());
    }

    /** Anonymous callers always get published items; token holders may ask for other statuses. */
    private static Set<ContentStatus> statuses(StatusFilter filter, Optional<AuthenticatedUser> caller,
            List<FieldError> errors) {
        if (filter.isEmpty() || caller.isEmpty()) {
            return null;
        }
        if (filter.invalid()) {
            errors.add(new FieldError("status", "must be draft, scheduled, published, archived or any"));
        }
        return filter.statuses().isEmpty() ? EnumSet.noneOf(ContentStatus.class) : EnumSet.copyOf(filter.statuses());
    }

    private static Cursor cursorAfter(ContentItem last, ContentSort sort) {
        String value = switch (sort) {
            case PUBLISHED_DESC, PUBLISHED_ASC -> last.publishedAt == null ? null : last.publishedAt.toString();
            case UPDATED_DESC, UPDATED_ASC -> last.updatedAt.toString();
            case TITLE_ASC, TITLE_DESC -> last.title;
            case RELEVANCE -> throw new IllegalStateException("relevance has no keyset");
        };
        return new Cursor(sort, value, last.id);
    }
}
