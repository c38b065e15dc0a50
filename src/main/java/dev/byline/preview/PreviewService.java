package dev.byline.preview;

import dev.byline.common.web.Permalinks;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.security.Role;
import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.Times;
import dev.byline.content.workflow.ContentAccess;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentItemRepository;
import dev.byline.content.ContentMapper;
import dev.byline.content.ContentType;
import dev.byline.content.ContentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Draft previews (API.md §12): the owner of an item, or an editor, gets a signed token that
 * shows that one item, in whatever status, to anyone holding it until it expires. Tokens are
 * not stored; the item's grant generation voids them on revocation, and the item's deletion
 * removes the grant.
 */
@ApplicationScoped
public class PreviewService {

    static final String KEY_NAME = "preview-tokens";

    @Inject
    Permalinks permalinks;

    @Inject
    ContentItemRepository items;

    @Inject
    PreviewGrantRepository grants;

    @Inject
    ServerKeys keys;

    @Inject
    BylineConfig config;

    @Transactional
    public PreviewView create(ContentType type, UUID id, AuthenticatedUser caller) {
        ContentItem item = previewable(type, id, caller);
        Instant expiresAt = Times.now().plus(config.preview().ttl()).truncatedTo(ChronoUnit.SECONDS);
        String token = new PreviewToken(item.id, type, expiresAt, grants.current(item.id)).sign(keys.get(KEY_NAME));
        return new PreviewView(token, url(token, item), expiresAt);
    }

    @Transactional
    public void revoke(ContentType type, UUID id, AuthenticatedUser caller) {
        grants.revoke(previewable(type, id, caller).id);
    }

    /** The item a valid token names, as it is now; 404 for anything else, whatever the reason. */
    @Transactional
    public ContentView read(String token) {
        return PreviewToken.verify(token, keys.get(KEY_NAME))
                .filter(found -> Times.now().isBefore(found.expiresAt()))
                .filter(found -> grants.generation(found.itemId()).map(g -> g == found.generation()).orElse(false))
                .flatMap(found -> items.findFull(found.type(), found.itemId()))
                .map(item -> ContentMapper.full(permalinks, item))
                .orElseThrow(() -> ApiException.notFound("Preview (the token is unknown, expired or revoked, "
                        + "or the item is gone)"));
    }

    private ContentItem previewable(ContentType type, UUID id, AuthenticatedUser caller) {
        ContentItem item = items.findByIdOptional(id)
                .filter(found -> found.type == type && ContentAccess.canSee(found, Optional.of(caller), Times.now()))
                .orElseThrow(() -> ApiException.notFound(((type == ContentType.ARTICLE) ? "Article " : "Post ") + id));
        if (!caller.isAtLeast(Role.EDITOR) && !ContentAccess.isOwner(item, caller)) {
            throw ApiException.forbidden("Only the owner and editors may preview this " + type.value());
        }
        return item;
    }

    private String url(String token, ContentItem item) {
        String pattern = config.site().previewUrl()
                .orElse(stripSlash(config.site().baseUrl()) + "/site/preview/{token}");
        return pattern.replace("{token}", token)
                .replace("{type}", item.type.value())
                .replace("{id}", item.id.toString())
                .replace("{slug}", URLEncoder.encode(item.slug, StandardCharsets.UTF_8));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
