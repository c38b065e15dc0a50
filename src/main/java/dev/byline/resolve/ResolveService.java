package dev.byline.resolve;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a site path to what lives there (API.md §12), with the default permalink patterns
 * ({@code /articles/{slug}}, {@code /posts/{slug}}, {@code /sections/{slug}}, {@code /tags/{slug}},
 * {@code /authors/{slug}}): a current permalink answers redirect false; an item's earlier slug,
 * or a path an import kept from the old site, redirect true with the current url.
 */
@ApplicationScoped
public class ResolveService {

    private static final Map<String, String> COLLECTIONS = Map.of(
            "articles", "article", "posts", "post", "sections", "section", "tags", "tag", "authors", "author");

    @Inject
    ResolveRepository repository;

    @Inject
    BylineConfig config;

    @Transactional
    public ResolvedView resolve(String rawPath) {
        if (rawPath == null || rawPath.isBlank()) {
            throw ApiException.invalid("path", "must not be blank");
        }
        if (rawPath.length() > SitePaths.MAX_LENGTH) {
            throw ApiException.invalid("path", "must be at most " + SitePaths.MAX_LENGTH + " characters");
        }
        String path = SitePaths.normalize(rawPath).orElseThrow(() -> notFound(rawPath));
        Optional<ResolvedView> byPattern = byPattern(path);
        if (byPattern.isPresent()) {
            return byPattern.get();
        }
        return repository.publicItemByOldPath(path).map(found -> view(found, true))
                .orElseThrow(() -> notFound(rawPath));
    }

    private Optional<ResolvedView> byPattern(String path) {
        String[] segments = path.substring(1).split("/");
        if (segments.length != 2 || !COLLECTIONS.containsKey(segments[0])) {
            return Optional.empty();
        }
        String kind = COLLECTIONS.get(segments[0]);
        String slug = Slugs.normalize(segments[1]);
        return switch (kind) {
            case "article", "post" -> repository.publicItem(kind, slug).map(found -> view(found, false))
                    .or(() -> repository.publicItemByOldSlug(kind, slug).map(found -> view(found, true)));
            case "section" -> repository.bySlug("sections", kind, slug).map(found -> view(found, false));
            case "tag" -> repository.bySlug("tags", kind, slug).map(found -> view(found, false));
            default -> repository.bySlug("authors", kind, slug).map(found -> view(found, false));
        };
    }

    private ResolvedView view(ResolveRepository.Found found, boolean redirect) {
        return new ResolvedView(found.kind(), found.id(), found.slug(), url(found.kind(), found.slug()), redirect);
    }

    private String url(String kind, String slug) {
        String base = config.site().baseUrl();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/" + kind + "s/" + slug;
    }

    private static ApiException notFound(String path) {
        return ApiException.notFound("Anything public at " + (path.length() > 200 ? path.substring(0, 200) : path));
    }
}
