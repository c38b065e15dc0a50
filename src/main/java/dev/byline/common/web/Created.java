package dev.byline.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * The answer to a create: 201, {@code Location} below the collection that was posted to (or,
 * for a thing read elsewhere, at its path in the API), the view, and its {@code ETag} when the
 * created thing is versioned (a later If-Match names it).
 */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo uri, UUID id, Object view) {
        return at(uri, id, view, null);
    }

    public static Response at(UriInfo uri, UUID id, Object view, String etag) {
        Response.ResponseBuilder created = Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(view);
        return (etag == null ? created : created.header(HttpHeaders.ETAG, etag)).build();
    }

    /**
     * 201 for a thing that is read at another path of the API than the collection posted to,
     * e.g. a comment posted to an article and read at {@code comments/{id}/public}.
     */
    public static Response atApiPath(UriInfo uri, Object view, String... segments) {
        UriBuilder location = uri.getBaseUriBuilder().path(Api.BASE);
        for (String segment : segments) {
            location.path(segment);
        }
        return Response.created(location.build()).entity(view).build();
    }
}
