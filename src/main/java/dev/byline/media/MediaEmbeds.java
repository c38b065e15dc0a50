package dev.byline.media;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.web.Api;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What the content feature asks of media: the embeds of many media items in one query (so a
 * list page costs the same whatever its images), which media a body's images point at, and
 * the record of which items use which media.
 */
@ApplicationScoped
public class MediaEmbeds {

    private static final Pattern ANY_MEDIA_PATH = Pattern.compile(
            "/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/[^/?#]+");
    private static final Pattern MEDIA_PATH = Pattern.compile(
            "/media/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/");

    @Inject
    MediaRepository repository;

    @Inject
    MediaUrls urls;

    @Inject
    BylineConfig config;

    @Inject
    EntityManager em;

    /** Embeds of the media items with these ids (missing ones are absent), in one statement. */
    public Map<UUID, EmbeddedMedia> byIds(Collection<UUID> ids) {
        Map<UUID, EmbeddedMedia> embeds = new HashMap<>();
        if (ids.isEmpty()) {
            return embeds;
        }
        for (Media m : repository.findByIds(new HashSet<>(ids))) {
            embeds.put(m.id, new EmbeddedMedia(m.id, urls.url(m.id, m.fileName), m.alt, m.caption, m.credit,
                    m.width, m.height, urls.srcset(m.id, m.fileName, m.width)));
        }
        return embeds;
    }

    /** The ids of this site's media that a body's images show ({@code src} or {@code srcset}). */
    public Set<UUID> idsInBody(String html) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String url : imageUrls(html)) {
            collect(url, ids);
        }
        return ids;
    }

    /**
     * The media ids any image URL of a body names (a {@code /<uuid>/<file>} path), without checking
     * that the URL is this site's: for surrogate keys, where an extra key costs nothing.
     */
    public static Set<UUID> linkedIds(String html) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String url : imageUrls(html)) {
            Matcher m = ANY_MEDIA_PATH.matcher(url);
            if (m.find()) {
                ids.add(UUID.fromString(m.group(1).toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return ids;
    }

    public Optional<Media> find(UUID id) {
        // A share lock until commit: a concurrent DELETE (which takes the row FOR UPDATE, then looks for
        // users) either finishes first, and the item is then gone (a 400 here), or waits and sees this use.
        return repository.findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    private static List<String> imageUrls(String html) {
        List<String> urls = new java.util.ArrayList<>();
        if (html == null || !html.contains("<img")) {
            return urls;
        }
        for (Element img : Jsoup.parseBodyFragment(html).select("img")) {
            urls.add(img.attr("src"));
            for (String candidate : img.attr("srcset").split(",")) {
                urls.add(candidate.strip().split("\\s+")[0]);
            }
        }
        return urls;
    }

    /** Whether a URL in a body points at this site's media files. */
    public boolean isOwnMedia(String url) {
        return url.startsWith(Api.BASE + "/media/")
                || config.site().mediaBaseUrl().filter(b -> !b.isBlank()).map(url::startsWith).orElse(false);
    }

    /** Of these ids, those that name a media item. */
    public Set<UUID> existing(Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        repository.findByIds(new HashSet<>(ids)).forEach(m -> found.add(m.id));
        return found;
    }

    /** Records that the content item shows exactly these media items (featured image and body). */
    public void recordUses(UUID contentId, Set<UUID> mediaIds) {
        em.createNativeQuery("DELETE FROM content_media WHERE content_id = :c").setParameter("c", contentId)
                .executeUpdate();
        if (mediaIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO content_media (content_id, media_id) "
                + "SELECT :c, m.id FROM media m WHERE m.id = ANY(CAST(:ids AS uuid[])) FOR SHARE ON CONFLICT DO NOTHING")
                .setParameter("c", contentId)
                .setParameter("ids", "{" + String.join(",", mediaIds.stream().map(UUID::toString).toList()) + "}")
                .executeUpdate();
    }

    private void collect(String url, Set<UUID> ids) {
        if (url == null || url.isBlank() || !isOwnMedia(url)) {
            return;
        }
        String path = config.site().mediaBaseUrl().filter(url::startsWith)
                .map(base -> "/media/" + url.substring(base.length()).replaceFirst("^/", "")).orElse(url);
        Matcher m = MEDIA_PATH.matcher(path);
        if (m.find()) {
            ids.add(UUID.fromString(m.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
    }

}
