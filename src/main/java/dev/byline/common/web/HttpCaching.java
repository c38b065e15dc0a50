package dev.byline.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.common.config.BylineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place public reads get their HTTP caching (API.md §9): a strong {@code ETag},
 * {@code 304} for a matching {@code If-None-Match} (weak comparison), {@code Cache-Control:
 * public, max-age=…, stale-while-revalidate=…} ({@code byline.cache.*}), {@code Vary} and
 * {@code Surrogate-Key}/{@code Cache-Tag}. Services answer with a {@link Versioned} view, and
 * with a cheap version stamp where one query can tell a current copy; resources hand both
 * here. Responses to requests with a token are made private by {@link PrivateResponses},
 * whatever is set here.
 */
@ApplicationScoped
public class HttpCaching {

    public static final String SURROGATE_KEY = "Surrogate-Key";
    public static final String CACHE_TAG = "Cache-Tag";
    /** A cached answer differs by token (private) and by origin (CORS headers). */
    static final String VARY = "Authorization, Origin";

    @Inject
    BylineConfig config;

    @Inject
    ObjectMapper mapper;

    /**
     * A read with a cheap version stamp: when the client sent {@code If-None-Match}, the stamp
     * is asked first and a match answers {@code 304} without loading the view; otherwise (or on
     * no match) the view is loaded and sent as {@code 200}.
     */
    public <T> Response.ResponseBuilder read(String ifNoneMatch, Supplier<String> stamp, Supplier<Versioned<T>> load) {
        return read(ifNoneMatch, stamp, load, this::ok);
    }

    /** {@link #read} for a page of a list, with its X-Total-Count and Link headers. */
    public <T> Response.ResponseBuilder readPage(String ifNoneMatch, Supplier<String> stamp,
            Supplier<Versioned<PageView<T>>> load, UriInfo uri) {
        return read(ifNoneMatch, stamp, load, page -> page(page, uri));
    }

    /** {@link #readPage} with the page's items turned into what the client asked for (a projection). */
    public <T> Response.ResponseBuilder readPage(String ifNoneMatch, Supplier<String> stamp,
            Supplier<Versioned<PageView<T>>> load, Function<T, ?> shape, UriInfo uri) {
        return read(ifNoneMatch, stamp, load, page -> page(new Versioned<>(page.etag(),
                new PageView<>(page.view().data().stream().map(shape).toList(), page.view().meta()), page.keys()),
                uri));
    }

    private <V> Response.ResponseBuilder read(String ifNoneMatch, Supplier<String> stamp, Supplier<V> load,
            Function<V, Response.ResponseBuilder> answer) {
        EntityTags.Condition condition = EntityTags.parse(ifNoneMatch);
        if (condition != null) {
            String current = stamp.get();
            if (current != null && condition.matchesWeakly(current)) {
                return notModified(current);
            }
        }
        return answer.apply(load.get());
    }

    /** A versioned view as a public 200. */
    public Response.ResponseBuilder ok(Versioned<?> read) {
        return publicOk(Response.ok(read.view()), read.etag(), read.keys());
    }

    /** A versioned page as a public 200 with its list headers. */
    public Response.ResponseBuilder page(Versioned<? extends PageView<?>> read, UriInfo uri) {
        return publicOk(PageResponses.ok(read.view(), uri), read.etag(), read.keys());
    }

    /**
     * For answers whose cost is in their queries rather than their bytes (sections, tags,
     * authors, comments, an item with includes): the tag is a hash of the JSON, which is written
     * once and sent as is.
     */
    public Response.ResponseBuilder json(Object view, SurrogateKeys keys, String ifNoneMatch) {
        return bytes(write(view), "j", MediaType.APPLICATION_JSON, keys, ifNoneMatch);
    }

    /** {@link #json} for a page of a list, with its X-Total-Count and Link headers. */
    public Response.ResponseBuilder jsonPage(PageView<?> page, SurrogateKeys keys, String ifNoneMatch, UriInfo uri) {
        byte[] json = write(page);
        String etag = EntityTags.hashed("j", json);
        if (matches(ifNoneMatch, etag)) {
            return notModified(etag);
        }
        return publicOk(PageResponses.headers(Response.ok(json, MediaType.APPLICATION_JSON_TYPE), page.meta(), uri),
                etag, keys);
    }

    /** Bytes already written (a feed, JSON): the tag is a hash of exactly what is sent. */
    public Response.ResponseBuilder bytes(byte[] body, String tagPrefix, String mediaType, SurrogateKeys keys,
            String ifNoneMatch) {
        String etag = EntityTags.hashed(tagPrefix, body);
        if (matches(ifNoneMatch, etag)) {
            return notModified(etag);
        }
        return publicOk(Response.ok(body, mediaType), etag, keys);
    }

    /** A cacheable permanent redirect (an old slug), purged with the keys of where it points. */
    public Response.ResponseBuilder movedPermanently(URI location, SurrogateKeys keys) {
        return withKeys(Response.status(Response.Status.MOVED_PERMANENTLY).location(location)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl())
                .header(HttpHeaders.VARY, VARY), keys);
    }

    /** 304 with the headers a 200 would have carried that a cache must refresh (RFC 9110 §15.4.5). */
    public Response.ResponseBuilder notModified(String etag) {
        return common(Response.notModified(), etag);
    }

    public String cacheControl() {
        return "public, max-age=" + config.cache().maxAge().toSeconds()
                + ", stale-while-revalidate=" + config.cache().staleWhileRevalidate().toSeconds();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        EntityTags.Condition condition = EntityTags.parse(ifNoneMatch);
        return condition != null && condition.matchesWeakly(etag);
    }

    private byte[] write(Object view) {
        try {
            return mapper.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view could not be written as JSON", e);
        }
    }

    private Response.ResponseBuilder publicOk(Response.ResponseBuilder builder, String etag, SurrogateKeys keys) {
        return withKeys(common(builder, etag), keys);
    }

    private static Response.ResponseBuilder withKeys(Response.ResponseBuilder builder, SurrogateKeys keys) {
        String header = keys.header();
        return builder.header(SURROGATE_KEY, header).header(CACHE_TAG, header);
    }

    private Response.ResponseBuilder common(Response.ResponseBuilder builder, String etag) {
        return builder.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl())
                .header(HttpHeaders.VARY, VARY);
    }
}
