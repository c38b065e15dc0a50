package dev.byline.media;

import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ApiException;
import dev.byline.media.MediaService.MediaFile;
import dev.byline.media.image.ImageCodecs;
import dev.byline.media.image.ImageFormat;
import dev.byline.media.image.Resizer;
import dev.byline.media.storage.MediaStorage;
import dev.byline.media.storage.StorageKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * Picks the file a request for an original or a rendition is served from, making the rendition
 * the first time it is asked for. A rendition is made once: requests for one rendition on one
 * instance wait for the same making; across instances a PostgreSQL advisory lock makes the
 * second one find the first one's row. Files are stored before their row commits.
 */
@ApplicationScoped
public class RenditionService {

    @Inject
    BylineConfig config;

    @Inject
    MediaStorage storage;

    @Inject
    MediaRenditionRepository renditions;

    @Inject
    MediaUrls urls;

    private final ConcurrentMap<String, CompletableFuture<Long>> making = new ConcurrentHashMap<>();

    private Semaphore renderers;

    @PostConstruct
    void init() {
        renderers = new Semaphore(Math.max(1, config.media().renderConcurrency()), true);
    }

    /**
     * The file for {@code ?w=} and {@code ?format=} (both optional). Widths must be allowed ones;
     * a width at or above the original's serves the original's width (never upscaled).
     */
    public ServedFile resolve(MediaFile media, Integer width, String format) {
        ImageFormat original = ImageFormat.fromMimeType(media.mimeType());
        ImageFormat target = format == null ? original : ImageFormat.fromParameter(format).orElseThrow(
                () -> ApiException.invalid("format", "must be one of jpeg, png, webp"));
        if (width != null && !urls.isAllowedWidth(width)) {
            throw ApiException.invalid("w", "must be one of " + config.media().widths().stream().sorted()
                    .map(String::valueOf).collect(Collectors.joining(", ")));
        }
        int w = width == null ? media.width() : Math.min(width, media.width());
        if (w == media.width() && target == original) {
            return new ServedFile(StorageKeys.original(media.id()), media.bytes(), original.mimeType(),
                    "\"" + media.sha256().substring(0, 32) + "\"");
        }
        if (target == ImageFormat.GIF) {
            // Resized GIFs are stills of their first frame; PNG keeps their palette and transparency.
            target = ImageFormat.PNG;
        }
        String key = StorageKeys.rendition(media.id(), w, target.extension());
        String etag = "\"" + media.sha256().substring(0, 32) + "-w" + w + "." + target.extension() + "\"";
        long size = size(media, w, target, key);
        return new ServedFile(key, size, target.mimeType(), etag);
    }

    private long size(MediaFile media, int width, ImageFormat target, String key) {
        OptionalLong made = QuarkusTransaction.requiringNew()
                .call(() -> renditions.bytes(media.id(), width, target.parameter()));
        if (made.isPresent()) {
            return made.getAsLong();
        }
        CompletableFuture<Long> mine = new CompletableFuture<>();
        CompletableFuture<Long> running = making.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            long size = QuarkusTransaction.requiringNew().call(() -> make(media, width, target, key));
            mine.complete(size);
            return size;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            making.remove(key, mine);
        }
    }

    /** In its own transaction, under the rendition's advisory lock. */
    private long make(MediaFile media, int width, ImageFormat target, String key) {
        renditions.lock(media.id(), width, target.parameter());
        OptionalLong made = renditions.bytes(media.id(), width, target.parameter());
        if (made.isPresent()) {
            return made.getAsLong();
        }
        byte[] bytes;
        renderers.acquireUninterruptibly();
        try {
            bytes = render(storage.read(StorageKeys.original(media.id())), media, width, target);
        } finally {
            renderers.release();
        }
        storage.put(key, bytes);
        renditions.insert(media.id(), width, target.parameter(), bytes.length);
        return bytes.length;
    }

    private byte[] render(byte[] original, MediaFile media, int width, ImageFormat target) {
        // Decoding every n-th pixel of a much larger original costs a fraction of the time and
        // memory; at least twice the target width is kept so the downscale stays sharp.
        int subsampling = Math.max(1, media.width() / (width * 2));
        BufferedImage image = ImageCodecs.decode(original, ImageFormat.fromMimeType(media.mimeType()), false,
                subsampling);
        BufferedImage resized = Resizer.toWidth(image, width);
        return ImageCodecs.encode(resized, target, config.media().jpegQuality(), config.media().webpQuality());
    }
}
