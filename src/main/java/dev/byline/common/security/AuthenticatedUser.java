package dev.byline.common.security;

import java.util.UUID;

/** Who is calling: the caller's user, as the security identity carries it. */
public record AuthenticatedUser(UUID id, String name, Role role, UUID authorId, UUID tokenId) {

    /** The security identity's attribute that carries the caller's user. */
    public static final String ATTRIBUTE = "byline.user";

    public boolean isAtLeast(Role other) {
        return role.isAtLeast(other);
    }
}
