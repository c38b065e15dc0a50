package dev.byline.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /webhooks}; also the shape a {@code PATCH /webhooks/{id}} merge patch
 * applies to. {@code secret} is write-only: accepted here, never shown.
 */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @NotBlank @Size(max = 2000)
        @Schema(examples = "https://hooks.example.com/byline", description = "http or https; "
                + "private, loopback and link-local targets are refused unless byline.webhooks.allow-private-targets")
        String url,
        @NotEmpty @Size(max = 20)
        @Schema(examples = "[\"article.published\", \"article.updated\"]")
        List<@NotNull @KnownEvent String> events,
        @NotBlank @Size(min = 16, max = 200)
        @Schema(writeOnly = true, examples = "7f3c0e6a9b2d4e18a5c1f0b9d8e7a6c5",
                description = "Key of the X-Byline-Signature HMAC-SHA256; write-only, never returned")
        String secret,
        @Schema(description = "Deliveries are made only while active; true when absent", examples = "true")
        Boolean active) {

    static WebhookRequest of(Webhook webhook) {
        return new WebhookRequest(webhook.url, List.copyOf(webhook.events), webhook.secret, webhook.active);
    }
}
