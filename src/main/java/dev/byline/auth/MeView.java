package dev.byline.auth;

import dev.byline.common.security.Role;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "The caller's own account.")
public record MeView(@Schema(nullable = true) UUID id, String name, String email, Role role, UUID authorId) {
}
