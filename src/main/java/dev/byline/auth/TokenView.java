package dev.byline.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API token. {@code token}, the secret, is only present in the answer that created it. */
@Schema(name = "Token")
public record TokenView(
        UUID id,
        @Schema(examples = "CI publishing script") String name,
        UUID userId,
        Instant createdAt,
        @Schema(nullable = true, description = "Last use, recorded at most once a minute") Instant lastUsedAt,
        @Schema(nullable = true) Instant expiresAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(extensions = @Extension(name = "x-optional", value = "true"),
                description = "The secret: only in the 201 answer to the creation, never again",
                examples = "byl_3q2-7wErT0yU...")
        String token) {

    static TokenView of(ApiToken token, String secret) {
        return new TokenView(token.id, token.name, token.user.id, token.createdAt, token.lastUsedAt,
                token.expiresAt, secret);
    }
}
