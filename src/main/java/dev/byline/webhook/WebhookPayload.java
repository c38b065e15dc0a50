package dev.byline.webhook;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/** The body of a delivery: {@code {"event", "occurredAt", "data"}}, data being the API's own view. */
@JsonPropertyOrder({"event", "occurredAt", "data"})
record WebhookPayload(String event, Instant occurredAt, Object data) {
}
