package dev.byline.auth;

import dev.byline.common.persistence.Times;
import dev.byline.common.security.AuthenticatedUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Resolves a bearer secret to its user; revoked (deleted) and expired tokens resolve to nothing.
 * One indexed read per request, without a transaction (see {@link ApiTokenRepository#findActive}).
 */
@ApplicationScoped
public class TokenAuthenticator {

    @Inject
    ApiTokenRepository tokens;

    public Optional<AuthenticatedUser> authenticate(String secret) {
        if (!TokenSecrets.looksLikeToken(secret)) {
            return Optional.empty();
        }
        Instant now = Times.now();
        return tokens.findActive(TokenSecrets.hash(secret), now).map(token -> {
            if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minusSeconds(60))) {
                tokens.touch(token.user().tokenId(), now);
            }
            return token.user();
        });
    }
}
