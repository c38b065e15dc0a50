package dev.byline.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The caller of the current request, for services that apply ownership rules. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public Optional<AuthenticatedUser> get() {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(AuthenticatedUser.ATTRIBUTE));
    }

    public AuthenticatedUser require() {
        return get().orElseThrow(UnauthorizedException::new);
    }
}
