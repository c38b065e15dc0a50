package dev.byline.common.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** The headers every list answers with: {@code X-Total-Count} and an RFC 8288 {@code Link}. */
public final class PageResponses {

    private PageResponses() {
    }

    public static Response.ResponseBuilder ok(PageView<?> page, UriInfo uri) {
        return headers(Response.ok(page), page.meta(), uri);
    }

    /** Adds the list headers to a response whose body is the page (already rendered, say). */
    public static Response.ResponseBuilder headers(Response.ResponseBuilder builder, PageMeta meta, UriInfo uri) {
        return builder.header("X-Total-Count", meta.total()).header("Link", links(meta, uri));
    }

    static String links(PageMeta meta, UriInfo uri) {
        List<String> links = new ArrayList<>();
        UriBuilder base = uri.getRequestUriBuilder().replaceQueryParam("cursor").replaceQueryParam("page");
        if (meta.page() != null) {
            long last = Math.max(1, meta.totalPages());
            links.add(link(base, "page", 1, "first"));
            if (meta.page() > 1) {
                links.add(link(base, "page", Math.min(meta.page() - 1, last), "prev"));
            }
            if (meta.page() < meta.totalPages()) {
                links.add(link(base, "page", meta.page() + 1, "next"));
            }
            links.add(link(base, "page", last, "last"));
        } else {
            links.add(link(base, null, null, "first"));
            if (meta.nextCursor() != null) {
                links.add(link(base, "cursor", meta.nextCursor(), "next"));
            }
        }
        return String.join(", ", links);
    }

    private static String link(UriBuilder base, String param, Object value, String rel) {
        UriBuilder builder = base.clone();
        if (param != null) {
            builder.replaceQueryParam(param, value);
        }
        return "<" + builder.build().toString() + ">; rel=\"" + rel + "\"";
    }
}
