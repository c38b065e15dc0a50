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
import java.util.function.Predicate;

/**
 * HTTP caching of public reads (API.md §9): a strong {@code ETag}, {@code 304} for a matching
 * {@code If-None-Match}, {@code Cache-Control: public, max-age=…, stale-while-revalidate=…}
 * ({@code byline.cache.*}) and {@code Surrogate-Key}/{@code Cache-Tag}. Responses to requests
 * with a token are made private by {@link PrivateResponses}, whatever is set here.
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

    /** Tests a tag against the client's {@code If-None-Match} (weak comparison); null when it sent none. */
    public static Predicate<String> clientHas(String ifNoneMatch) {
        EntityTags.Condition condition = EntityTags.parse(ifNoneMatch);
        return condition == null ? null : condition::matchesWeakly;
    }

    public Response.ResponseBuilder ok(Object body, String etag, SurrogateKeys keys) {
        return decorate(Response.ok(body), etag, keys);
    }

    /** Adds the caching headers of a public 200 to a response being built. */
    public Response.ResponseBuilder decorate(Response.ResponseBuilder builder, String etag, SurrogateKeys keys) {
        String header = keys.header();
        return common(builder, etag)
                .header(SURROGATE_KEY, header)
                .header(CACHE_TAG, header);
    }

    /** A cacheable permanent redirect (an old slug), purged with the keys of where it points. */
    public Response.ResponseBuilder movedPermanently(URI location, SurrogateKeys keys) {
        String header = keys.header();
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(location)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl())
                .header(HttpHeaders.VARY, VARY)
                .header(SURROGATE_KEY, header)
                .header(CACHE_TAG, header);
    }

    /** 304 with the headers a 200 would have carried that a cache must refresh (RFC 9110 §15.4.5). */
    public Response.ResponseBuilder notModified(String etag) {
        return common(Response.notModified(), etag);
    }

    /**
     * For small views whose cost is in their queries rather than their JSON (sections, tags,
     * authors): the tag is a hash of the JSON itself, which is written once and sent as is.
     */
    public Response.ResponseBuilder json(Object view, SurrogateKeys keys, String ifNoneMatch) {
        Cacheable<byte[]> rendered = render(view, keys, ifNoneMatch);
        return rendered.isNotModified() ? notModified(rendered.etag())
                : ok(rendered.body(), rendered.etag(), keys).type(MediaType.APPLICATION_JSON_TYPE);
    }

    /** {@link #json} for a page of a list, with its X-Total-Count and Link headers. */
    public Response.ResponseBuilder jsonPage(PageView<?> page, SurrogateKeys keys, String ifNoneMatch, UriInfo uri) {
        Cacheable<byte[]> rendered = render(page, keys, ifNoneMatch);
        if (rendered.isNotModified()) {
            return notModified(rendered.etag());
        }
        return decorate(PageResponses.headers(Response.ok(rendered.body(), MediaType.APPLICATION_JSON_TYPE),
                page.meta(), uri), rendered.etag(), keys);
    }

    private Cacheable<byte[]> render(Object view, SurrogateKeys keys, String ifNoneMatch) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view could not be written as JSON", e);
        }
        String etag = EntityTags.hashed("j", json);
        Predicate<String> clientHas = clientHas(ifNoneMatch);
        return clientHas != null && clientHas.test(etag) ? Cacheable.notModified(etag) : Cacheable.of(etag, json, keys);
    }

    public String cacheControl() {
        return "public, max-age=" + config.cache().maxAge().toSeconds()
                + ", stale-while-revalidate=" + config.cache().staleWhileRevalidate().toSeconds();
    }

    private Response.ResponseBuilder common(Response.ResponseBuilder builder, String etag) {
        return builder.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl())
                .header(HttpHeaders.VARY, VARY);
    }
}
