package dev.byline.auth;

import dev.byline.common.security.Role;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /users}; also the shape a {@code PATCH /users/{id}} merge patch applies to. */
@Schema(name = "UserRequest")
public record UserRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Tahir Khan") String name,
        @NotBlank @Email @Size(max = 320) @Schema(examples = "tahir@example.com") String email,
        @NotNull @Schema(examples = "author") Role role,
        @Schema(description = "Id of the author (byline) this user writes as") UUID authorId) {

    static UserRequest of(User user) {
        return new UserRequest(user.name, user.email, user.role, user.authorId);
    }
}
