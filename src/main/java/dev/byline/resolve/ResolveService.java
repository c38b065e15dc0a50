package dev.byline.resolve;

import dev.byline.author.AuthorRepository;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.Slugs;
import dev.byline.common.persistence.Times;
import dev.byline.common.web.Permalinks;
import dev.byline.common.web.Permalinks.Target;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentItemRepository;
import dev.byline.content.ContentMapper;
import dev.byline.content.ContentStamp;
import dev.byline.content.ContentType;
import dev.byline.content.OldSlugRepository;
import dev.byline.taxonomy.SectionRepository;
import dev.byline.taxonomy.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /resolve?path=} (API.md §12): maps a path of the site to what lives there, by the
 * permalink patterns. A current permalink answers {@code redirect: false}; an item's old slug,
 * or a path that names the item in another form (an old date or section in the pattern),
 * answers {@code redirect: true} with the current {@code url}; so does, as the last step, a path an
 * import kept from the old site (e.g. {@code /2025/03/old-slug/}). Only public things resolve.
 */
@ApplicationScoped
public class ResolveService {

    static final int MAX_PATH = 2000;

    @Inject
    Permalinks permalinks;

    @Inject
    ContentItemRepository items;

    @Inject
    OldSlugRepository oldSlugs;

    @Inject
    SectionRepository sections;

    @Inject
    TagRepository tags;

    @Inject
    AuthorRepository authors;

    @Inject
    ResolveRepository keptPaths;

    @Transactional
    public ResolvedView resolve(String rawPath) {
        String path = clean(permalinks.relative(rawPath == null ? "" : rawPath.strip()));
        for (Target target : permalinks.parse(path)) {
            Optional<ResolvedView> found = resolve(target, path);
            if (found.isPresent()) {
                return found.get();
            }
        }
        // An old site's path may begin like the base URL's path, which relative() took off: try it whole too.
        String whole = rawPath.strip();
        boolean stripped = whole.startsWith("/") && !clean(whole).equals(path);
        return keptPath(path).or(() -> stripped ? keptPath(clean(whole)) : Optional.empty())
                .orElseThrow(() -> ApiException.notFound("Nothing public at " + path));
    }

    /** A path an import kept from the old site, compared as {@link SitePaths} stores it: always a redirect. */
    private Optional<ResolvedView> keptPath(String path) {
        Instant now = Times.now();
        return SitePaths.normalize(path)
                .flatMap(keptPaths::publicItemByOldPath)
                .flatMap(kept -> items.findFull(ContentType.of(kept.type()), kept.id()))
                .filter(item -> item.isPublic(now))
                .map(item -> new ResolvedView(item.type.value(), item.id, item.slug,
                        ContentMapper.url(item, permalinks), true));
    }

    private Optional<ResolvedView> resolve(Target target, String path) {
        String slug = Slugs.normalize(target.slug());
        if (!Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return switch (target.kind()) {
            case ARTICLE -> item(ContentType.ARTICLE, slug, path);
            case POST -> item(ContentType.POST, slug, path);
            case SECTION -> sections.findBySlug(slug)
                    .map(s -> view("section", s.id, s.slug, permalinks.section(s.slug), path));
            case TAG -> tags.findBySlug(slug).map(t -> view("tag", t.id, t.slug, permalinks.tag(t.slug), path));
            case AUTHOR -> authors.findBySlug(slug)
                    .map(a -> view("author", a.id, a.slug, permalinks.author(a.slug), path));
        };
    }

    private Optional<ResolvedView> item(ContentType type, String slug, String path) {
        Instant now = Times.now();
        Optional<ContentItem> current = items.findFullBySlug(type, slug).filter(item -> item.isPublic(now));
        if (current.isEmpty()) {
            current = oldSlugs.findItem(type, slug)
                    .filter(stamp -> stamp.isPublic(now))
                    .map(ContentStamp::id)
                    .flatMap(id -> items.findFull(type, id));
        }
        return current.map(item -> view(type.value(), item.id, item.slug, ContentMapper.url(item, permalinks), path));
    }

    private ResolvedView view(String kind, UUID id, String slug, String url, String path) {
        String currentPath = permalinks.pathOf(url);
        boolean redirect = !stripSlash(currentPath).equals(stripSlash(Permalinks.encodePath(path)));
        return new ResolvedView(kind, id, slug, url, redirect);
    }

    private static String clean(String rawPath) {
        if (rawPath == null || rawPath.isBlank()) {
            throw ApiException.invalid("path", "must not be blank");
        }
        if (rawPath.length() > MAX_PATH) {
            throw ApiException.invalid("path", "must be at most " + MAX_PATH + " characters");
        }
        String path = rawPath.strip();
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (!path.startsWith("/")) {
            throw ApiException.invalid("path", "must be a path of the site, starting with /");
        }
        return path;
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        return first < 0 ? second : second < 0 ? first : Math.min(first, second);
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
