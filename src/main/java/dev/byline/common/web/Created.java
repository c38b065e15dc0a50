package dev.byline.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * The answer to a create: 201, {@code Location} below the collection that was posted to, the
 * view, and its {@code ETag} when the created thing is versioned (a later If-Match names it).
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
}
