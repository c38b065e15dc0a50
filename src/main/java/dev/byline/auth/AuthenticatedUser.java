package dev.byline.auth;

import java.util.UUID;

/** Who is calling: the caller's user, as the security identity carries it. */
public record AuthenticatedUser(UUID id, String name, Role role, UUID authorId, UUID tokenId) {

    public boolean isAtLeast(Role other) {
        return role.isAtLeast(other);
    }
}
