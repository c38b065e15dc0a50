package dev.byline.auth;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateTokenRequest")
public record CreateTokenRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "CI publishing script") String name,
        @Future @Schema(description = "When the token stops working; never when absent") Instant expiresAt,
        @Schema(description = "Admins only: create the token for this user") UUID userId) {
}
