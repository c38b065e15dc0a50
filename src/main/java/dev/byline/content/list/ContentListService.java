package dev.byline.content.list;

import dev.byline.content.ArticleFields;
import dev.byline.content.ContentCacheKeys;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentItemRepository;
import dev.byline.content.ContentMapper;
import dev.byline.content.ContentStatus;
import dev.byline.content.ContentType;
import dev.byline.content.ContentView;
import dev.byline.content.ItemVersion;
import dev.byline.content.web.RecentItemView;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.security.Role;
import dev.byline.author.AuthorRepository;
import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.FieldError;
import dev.byline.common.persistence.Slugs;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.Cacheable;
import dev.byline.common.web.EntityTags;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.common.web.SurrogateKeys;
import dev.byline.content.index.SearchText;
import dev.byline.taxonomy.SectionRepository;
import dev.byline.taxonomy.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lists of articles and posts, and the "Recent posts" sidebar. */
@ApplicationScoped
public class ContentListService {

    public static final int MAX_RECENT = 50;
    private static final Set<String> FULL_ONLY_FIELDS = Set.of("bodyMarkdown", "bodyHtml", "seo");
    /** What {@code fields=} may name: every member of the full view. */
    private static final Set<String> KNOWN_FIELDS = Stream.concat(
                    Arrays.stream(ContentView.class.getRecordComponents()).map(RecordComponent::getName),
                    Arrays.stream(ArticleFields.class.getRecordComponents()).map(RecordComponent::getName))
            .filter(name -> !name.equals("articleFields"))
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    ContentItemRepository items;

    @Inject
    SectionRepository sections;

    @Inject
    TagRepository tags;

    @Inject
    AuthorRepository authors;

    @Inject
    ObjectMapper mapper;

    @Inject
    BylineConfig config;

    /** The raw list parameters, as the resource received them. */
    public record ListParams(Integer page, Integer size, String cursor, String section, List<String> tags,
            String author, List<String> status, String publishedAfter, String publishedBefore, String q,
            String sort, String fields) {
    }

    /**
     * One page of a list. {@code clientHas} tests a tag against the client's If-None-Match (null
     * when it sent none). The tag hashes what the page shows: type, page, size, total and the
     * ids and versions of its rows (plus the row after it, which decides nextCursor). Versions
     * change with every change of an item's JSON, so with If-None-Match the count and one
     * id/version query decide a 304 before anything is loaded or rendered.
     */
    @Transactional
    public Cacheable<PageView<?>> list(ContentType type, ListParams params, Optional<AuthenticatedUser> caller,
            Predicate<String> clientHas) {
        if (params.page() != null && params.cursor() != null) {
            throw ApiException.invalid("cursor", "use either page or cursor, not both");
        }
        PageParams paging = PageParams.of(params.page(), params.size());
        ContentSort sort = ContentSort.of(params.sort());
        SearchText search = params.q() == null ? null : SearchText.of(params.q());
        if (sort == ContentSort.RELEVANCE && search == null) {
            throw ApiException.invalid("sort", "relevance needs a search query q");
        }
        boolean byCursor = params.cursor() != null && !params.cursor().isBlank();
        if (sort == ContentSort.RELEVANCE && byCursor) {
            // A rank is no stable keyset position: ranks tie and change as items are edited.
            throw ApiException.invalid("cursor", "sort=relevance pages by page number only; drop cursor");
        }
        Set<String> fields = fields(params.fields());
        ContentListQuery query = query(type, params, search, sort, caller);
        Cursor cursor = byCursor ? Cursor.decode(params.cursor(), sort) : null;

        long total = items.count(query);
        int offset = cursor == null ? paging.offset() : 0;
        Integer pageNumber = cursor == null ? paging.page() : null;
        if (clientHas != null) {
            String etag = listTag(type, pageNumber, paging.size(), total,
                    items.pageVersions(query, cursor, offset, paging.size() + 1));
            if (clientHas.test(etag)) {
                return Cacheable.notModified(etag);
            }
        }
        List<ContentItem> page = items.page(query, cursor, offset, paging.size() + 1);
        String etag = listTag(type, pageNumber, paging.size(), total,
                page.stream().map(item -> new ItemVersion(item.id, item.version)).toList());
        boolean more = page.size() > paging.size();
        if (more) {
            page = page.subList(0, paging.size());
        }
        String next = more && sort != ContentSort.RELEVANCE ? cursorAfter(page.get(page.size() - 1), sort).encode()
                : null;
        boolean full = fields != null && fields.stream().anyMatch(FULL_ONLY_FIELDS::contains);
        List<Object> data = page.stream()
                .map(item -> full ? (Object) ContentMapper.full(item) : ContentMapper.summary(item))
                .map(view -> fields == null ? view : select(view, fields))
                .toList();
        SurrogateKeys keys = SurrogateKeys.of(ContentCacheKeys.list(type));
        page.forEach(item -> ContentCacheKeys.addItem(keys, item, true));
        return Cacheable.of(etag, new PageView<>(data, PageMeta.of(pageNumber, paging.size(), total, next)), keys);
    }

    /** The "Recent posts" sidebar; conditional like {@link #list}. */
    @Transactional
    public Cacheable<List<RecentItemView>> recent(Integer limit, Predicate<String> clientHas) {
        int n = limit == null ? 6 : limit;
        if (n < 1 || n > MAX_RECENT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_RECENT);
        }
        Instant now = Times.now();
        if (clientHas != null) {
            String etag = recentTag(n, items.recentVersions(now, n));
            if (clientHas.test(etag)) {
                return Cacheable.notModified(etag);
            }
        }
        List<ContentItem> recent = items.recent(now, n);
        SurrogateKeys keys = SurrogateKeys.of(ContentCacheKeys.RECENT);
        recent.forEach(item -> ContentCacheKeys.addItem(keys, item, false));
        return Cacheable.of(recentTag(n, recent.stream().map(item -> new ItemVersion(item.id, item.version)).toList()),
                recent.stream().map(ContentMapper::recent).toList(), keys);
    }

    private static String listTag(ContentType type, Integer page, int size, long total, List<ItemVersion> rows) {
        return EntityTags.hashed("l", type.value() + "|" + page + "|" + size + "|" + total + "|" + versions(rows));
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
        Set<UUID> sectionIds = null;
        if (params.section() != null) {
            sectionIds = sections.findBySlug(Slugs.normalize(params.section()))
                    .map(s -> sections.withDescendants(s.id))
                    .orElse(null);
            if (sectionIds == null) {
                errors.add(new FieldError("section", "no section " + params.section()));
            }
        }
        Set<UUID> tagIds = null;
        List<String> tagSlugs = params.tags() == null ? List.of()
                : params.tags().stream().flatMap(t -> Arrays.stream(t.split(","))).map(String::strip)
                        .filter(t -> !t.isEmpty()).map(Slugs::normalize).distinct().toList();
        if (!tagSlugs.isEmpty()) {
            var found = tags.findByIdsOrSlugs(List.of(), tagSlugs);
            tagIds = found.stream().map(t -> t.id).collect(Collectors.toSet());
            Set<String> foundSlugs = found.stream().map(t -> t.slug).collect(Collectors.toSet());
            tagSlugs.stream().filter(s -> !foundSlugs.contains(s))
                    .forEach(s -> errors.add(new FieldError("tag", "no tag " + s)));
        }
        UUID authorId = null;
        if (params.author() != null) {
            authorId = authors.findBySlug(Slugs.normalize(params.author())).map(a -> a.id).orElse(null);
            if (authorId == null) {
                errors.add(new FieldError("author", "no author " + params.author()));
            }
        }
        Instant after = instant("publishedAfter", params.publishedAfter(), errors);
        Instant before = instant("publishedBefore", params.publishedBefore(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new ContentListQuery(type, statuses, owner, sectionIds, tagIds, authorId, after, before, search,
                config.search().config(), sort, Times.now());
    }

    /** Anonymous callers always get published items; token holders may ask for other statuses. */
    private static Set<ContentStatus> statuses(List<String> values, Optional<AuthenticatedUser> caller,
            List<FieldError> errors) {
        if (values == null || values.isEmpty() || caller.isEmpty()) {
            return null;
        }
        Set<ContentStatus> statuses = EnumSet.noneOf(ContentStatus.class);
        for (String value : values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList()) {
            if (value.equals("any")) {
                statuses.addAll(EnumSet.allOf(ContentStatus.class));
                continue;
            }
            try {
                statuses.add(ContentStatus.of(value));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be draft, scheduled, published, archived or any"));
            }
        }
        return statuses;
    }

    private static Instant instant(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 timestamp such as 2026-11-26T20:45:33Z"));
            return null;
        }
    }

    private Set<String> fields(String fields) {
        if (fields == null || fields.isBlank()) {
            return null;
        }
        Set<String> selected = new LinkedHashSet<>();
        selected.add("id");
        for (String field : fields.split(",")) {
            String name = field.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!KNOWN_FIELDS.contains(name)) {
                throw ApiException.invalid("fields", "unknown field '" + name + "'");
            }
            selected.add(name);
        }
        return selected;
    }

    private ObjectNode select(Object view, Set<String> fields) {
        ObjectNode node = mapper.valueToTree(view);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!fields.contains(names.next())) {
                names.remove();
            }
        }
        return node;
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
