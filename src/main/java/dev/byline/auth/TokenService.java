package dev.byline.auth;

import dev.byline.common.security.Role;
import dev.byline.common.security.AuthenticatedUser;

import dev.byline.common.error.ApiException;
import dev.byline.common.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Tokens: a user manages their own; an admin manages anyone's. */
@ApplicationScoped
public class TokenService {

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserRepository users;

    @Transactional
    public List<TokenView> list(UUID userId, AuthenticatedUser caller) {
        UUID owner = ownerFor(userId, caller);
        return tokens.listForUser(owner).stream().map(t -> TokenView.of(t, null)).toList();
    }

    @Transactional
    public TokenView create(CreateTokenRequest request, AuthenticatedUser caller) {
        UUID owner = ownerFor(request.userId(), caller);
        User user = users.findByIdOptional(owner)
                .orElseThrow(() -> ApiException.invalid("userId", "no user with id " + owner));
        String secret = TokenSecrets.generate();
        ApiToken token = new ApiToken();
        token.user = user;
        token.name = request.name().strip();
        token.tokenHash = TokenSecrets.hash(secret);
        token.createdAt = Times.now();
        token.expiresAt = Times.millis(request.expiresAt());
        tokens.persist(token);
        return TokenView.of(token, secret);
    }

    /** Revokes at once: the row goes, so the next request with the secret finds nothing. */
    @Transactional
    public void revoke(UUID id, AuthenticatedUser caller) {
        ApiToken token = tokens.findByIdOptional(id)
                .filter(t -> caller.isAtLeast(Role.ADMIN) || t.user.id.equals(caller.id()))
                .orElseThrow(() -> ApiException.notFound("Token " + id));
        tokens.delete(token);
    }

    private static UUID ownerFor(UUID requested, AuthenticatedUser caller) {
        if (requested == null || requested.equals(caller.id())) {
            return caller.id();
        }
        if (!caller.isAtLeast(Role.ADMIN)) {
            throw ApiException.forbidden("Only admins manage other users' tokens");
        }
        return requested;
    }
}
