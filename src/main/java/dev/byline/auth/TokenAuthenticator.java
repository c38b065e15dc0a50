package dev.byline.auth;

import dev.byline.common.security.AuthenticatedUser;

import dev.byline.common.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Resolves a bearer secret to its user; revoked (deleted) and expired tokens resolve to nothing. */
@ApplicationScoped
public class TokenAuthenticator {

    @Inject
    ApiTokenRepository tokens;

    @Transactional
    public Optional<AuthenticatedUser> authenticate(String secret) {
        if (!TokenSecrets.looksLikeToken(secret)) {
            return Optional.empty();
        }
        Instant now = Times.now();
        return tokens.findByHashWithUser(TokenSecrets.hash(secret))
                .filter(token -> token.expiresAt == null || token.expiresAt.isAfter(now))
                .map(token -> {
                    if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minusSeconds(60))) {
                        tokens.touch(token.id, now);
                    }
                    User user = token.user;
                    return new AuthenticatedUser(user.id, user.name, user.role, user.authorId, token.id);
                });
    }
}
