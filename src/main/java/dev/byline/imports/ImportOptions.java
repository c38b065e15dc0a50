package dev.byline.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.content.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** How to import: what WordPress posts become ({@code article} or {@code post}), and whether webhooks fire. */
public record ImportOptions(ContentType as, boolean notifyWebhooks) {

    String json(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(Map.of("as", as.value(), "notify", notifyWebhooks));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportOptions parse(ObjectMapper mapper, String json) {
        try {
            JsonNode node = mapper.readTree(json);
            return new ImportOptions(ContentType.of(node.path("as").asText("article")),
                    node.path("notify").asBoolean(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
