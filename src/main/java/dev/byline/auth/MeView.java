package dev.byline.auth;

import dev.byline.common.security.Role;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "The caller's own account.")
public record MeView(UUID id, String name, String email, Role role, @Schema(nullable = true) UUID authorId) {
}
