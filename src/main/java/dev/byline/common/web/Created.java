package dev.byline.common.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** The answer to a create: 201, {@code Location} below the collection that was posted to, the view. */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo uri, UUID id, Object view) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(view).build();
    }
}
