package dev.byline.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * API.md §9: a response to a request that carries a token is {@code Cache-Control: private,
 * no-store}, whatever the endpoint set, and names no surrogate keys: what a token holder sees
 * (drafts, other statuses) must never land in a shared cache.
 */
public class PrivateResponses {

    public static final String PRIVATE = "private, no-store";

    @ServerResponseFilter
    public void privateWhenAuthorized(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
            response.getHeaders().remove(HttpCaching.SURROGATE_KEY);
            response.getHeaders().remove(HttpCaching.CACHE_TAG);
        }
    }
}
