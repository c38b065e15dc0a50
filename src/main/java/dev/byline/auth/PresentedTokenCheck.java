package dev.byline.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * One rule for a presented token on every endpoint (README): it must be valid. Authentication
 * is lazy (it runs when an endpoint asks who the caller is), so a public endpoint would
 * otherwise ignore a broken token; this filter resolves the identity whenever an
 * Authorization header is present, and a failure becomes the usual 401 problem.
 */
public class PresentedTokenCheck {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> check(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
