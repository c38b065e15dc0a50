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
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place public reads get their HTTP caching (API.md §9): a strong {@code ETag},
 * {@code 304} for a matching {@code If-None-Match} (weak comparison), {@code Cache-Control:
 * public, max-age=…, stale-while-revalidate=…} ({@code byline.cache.*}), {@code Vary} and
 * {@code Surrogate-Key}/{@code Cache-Tag}. Services answer with a {@link Versioned} view, and
 * with a cheap version stamp where one query can tell a current copy; resources hand both
 * here. The condition ({@code If-None-Match}) and the page links come from the current
 * request, so a resource names neither: its operation carries {@link #CONDITIONAL} and the
 * OpenAPI document gets the header and the 304 from there. Responses to requests with a token
 * are made private by {@link PrivateResponses}, whatever is set here.
 */
@ApplicationScoped
public class HttpCaching {

    public static final String SURROGATE_KEY = "Surrogate-Key";
    public static final String CACHE_TAG = "Cache-Tag";
    /** A cached answer differs by token (private) and by origin (CORS headers). */
    static final String VARY = "Authorization, Origin";
    /**
     * OpenAPI extension marking an operation answered here, for
     * {@code @Extension(name = HttpCaching.CONDITIONAL, value = "true")}: the document gives it the
     * {@code If-None-Match} header and a 304 answer (unless it declares its own).
     */
    public static final String CONDITIONAL = "x-conditional-read";

    @Inject
    BylineConfig config;

    @Inject
    ObjectMapper mapper;

    /** The current request's headers and address (request scoped). */
    @Inject
    HttpHeaders request;

    @Inject
    UriInfo uri;

    /**
     * A read with a cheap version stamp: when the client sent {@code If-None-Match}, the stamp
     * is asked first and a match answers {@code 304} without loading the view; otherwise (or on
     * no match) the view is loaded and sent as {@code 200}.
     */
    public <T> Response.ResponseBuilder read(Supplier<String> stamp, Supplier<Versioned<T>> load) {
        return read(stamp, load, this::ok);
    }

    /** {@link #read} for a page of a list, with its X-Total-Count and Link headers. */
    public <T> Response.ResponseBuilder readPage(Supplier<String> stamp, Supplier<Versioned<PageView<T>>> load) {
        return read(stamp, load, this::page);
    }

    /** {@link #readPage} with the page's items turned into what the client asked for (a projection). */
    public <T> Response.ResponseBuilder readPage(Supplier<String> stamp, Supplier<Versioned<PageView<T>>> load,
            Function<T, ?> shape) {
        return read(stamp, load, page -> page(new Versioned<>(page.etag(),
                new PageView<>(page.view().data().stream().map(shape).toList(), page.view().meta()), page.keys())));
    }

    private <V> Response.ResponseBuilder read(Supplier<String> stamp, Supplier<V> load,
            Function<V, Response.ResponseBuilder> answer) {
        EntityTags.Condition condition = condition();
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
    public Response.ResponseBuilder page(Versioned<? extends PageView<?>> read) {
        return publicOk(PageResponses.ok(read.view(), uri), read.etag(), read.keys());
    }

    /**
     * For answers whose cost is in their queries rather than their bytes (sections, tags,
     * authors, comments, an item with includes): the tag is a hash of the JSON, which is written
     * once and sent as is.
     */
    public Response.ResponseBuilder json(Object view, SurrogateKeys keys) {
        return bytes(write(view), "j", MediaType.APPLICATION_JSON, keys);
    }

    /** {@link #json} for a page of a list, with its X-Total-Count and Link headers. */
    public Response.ResponseBuilder jsonPage(PageView<?> page, SurrogateKeys keys) {
        byte[] json = write(page);
        String etag = EntityTags.hashed("j", json);
        if (matches(etag)) {
            return notModified(etag);
        }
        return publicOk(PageResponses.headers(Response.ok(json, MediaType.APPLICATION_JSON_TYPE), page.meta(), uri),
                etag, keys);
    }

    /** Bytes already written (a feed, JSON): the tag is a hash of exactly what is sent. */
    public Response.ResponseBuilder bytes(byte[] body, String tagPrefix, String mediaType, SurrogateKeys keys) {
        String etag = EntityTags.hashed(tagPrefix, body);
        if (matches(etag)) {
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

    /** Whether the request holds a copy to compare (a usable If-None-Match). */
    public boolean conditional() {
        return condition() != null;
    }

    /** Whether the request's If-None-Match names this tag (weak comparison). */
    public boolean matches(String etag) {
        EntityTags.Condition condition = condition();
        return condition != null && condition.matchesWeakly(etag);
    }

    /** The first If-None-Match header, as a header parameter would read it. */
    private EntityTags.Condition condition() {
        List<String> values = request.getRequestHeader(HttpHeaders.IF_NONE_MATCH);
        return EntityTags.parse(values == null || values.isEmpty() ? null : values.get(0));
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
