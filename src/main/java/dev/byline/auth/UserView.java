package dev.byline.auth;

import dev.byline.common.security.Role;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "User", description = "An account. Not a public byline: see Author.")
public record UserView(
        @Schema(examples = "0192f0c4-5f6e-7a1b-9c3d-2e4f6a8b0c1d") UUID id,
        @Schema(examples = "Tahir Khan") String name,
        @Schema(examples = "tahir@example.com") String email,
        @Schema(examples = "author") Role role,
        @Schema(nullable = true, description = "The public byline this account writes as, if any") UUID authorId,
        Instant createdAt,
        Instant updatedAt) {

    static UserView of(User user) {
        return new UserView(user.id, user.name, user.email, user.role, user.authorId, user.createdAt, user.updatedAt);
    }
}
