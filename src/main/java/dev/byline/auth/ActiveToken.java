package dev.byline.auth;

import dev.byline.common.security.AuthenticatedUser;
import java.time.Instant;

/** A token that authenticates now, with its user and when it was last recorded as used. */
public record ActiveToken(AuthenticatedUser user, Instant lastUsedAt) {
}
