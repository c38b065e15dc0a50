package dev.byline.media;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.web.Api;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Public URLs of media files and their renditions ({@code byline.site.media-base-url} when set). */
@ApplicationScoped
public class MediaUrls {

    @Inject
    BylineConfig config;

    public String url(UUID id, String fileName) {
        String base = config.site().mediaBaseUrl().filter(b -> !b.isBlank())
                .map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
                .orElse(Api.BASE + "/media");
        return base + "/" + id + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The responsive candidates of an image: each allowed width below the original's, then the
     * original itself, narrowest first ({@code <img srcset>} order does not matter to browsers,
     * but a stable order keeps ETags stable).
     */
    public List<SrcsetEntry> srcset(UUID id, String fileName, int width) {
        String url = url(id, fileName);
        List<SrcsetEntry> entries = new ArrayList<>();
        config.media().widths().stream().sorted().distinct().filter(w -> w < width)
                .forEach(w -> entries.add(new SrcsetEntry(url + "?w=" + w, w)));
        entries.add(new SrcsetEntry(url, width));
        return entries;
    }

    public boolean isAllowedWidth(int width) {
        return config.media().widths().contains(width);
    }
}
