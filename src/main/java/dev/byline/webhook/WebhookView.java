package dev.byline.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription. Never carries the secret. */
@Schema(name = "Webhook")
public record WebhookView(
        @Schema(examples = "0192f0c4-5f6e-7a1b-9c3d-2e4f6a8b0c1d") UUID id,
        @Schema(examples = "https://hooks.example.com/byline") String url,
        @Schema(examples = "[\"article.published\", \"article.updated\"]") List<String> events,
        @Schema(examples = "true") boolean active,
        Instant createdAt,
        Instant updatedAt) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, List.copyOf(webhook.events), webhook.active,
                webhook.createdAt, webhook.updatedAt);
    }
}
