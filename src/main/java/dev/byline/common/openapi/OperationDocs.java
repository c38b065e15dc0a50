package dev.byline.common.openapi;

import static dev.byline.common.openapi.Schemas.components;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Gives every operation a description and an example: the description says, after the
 * summary, who may call it and how it caches (from its security requirement and method);
 * the example of each JSON body (request and success response) is built from the schema
 * and the examples its properties declare, so it always has the documented shape.
 */
final class OperationDocs {

    private static final int DEPTH = 16;

    private OperationDocs() {
    }

    static void apply(OpenAPI api) {
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, op) -> {
            if (op.getDescription() == null || op.getDescription().isBlank()) {
                op.setDescription(describe(method, op));
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> exemplify(api, type, media));
            }
            op.getResponses().getAPIResponses().forEach((code, response) -> {
                if ((code.startsWith("2") || code.startsWith("3")) && response.getContent() != null) {
                    response.getContent().getMediaTypes().forEach((type, media) -> exemplify(api, type, media));
                }
            });
        }));
    }

    private static String describe(PathItem.HttpMethod method, Operation op) {
        String summary = op.getSummary() == null ? "" : op.getSummary().strip();
        StringBuilder text = new StringBuilder(summary.endsWith(".") || summary.isEmpty() ? summary : summary + ".");
        List<String> roles = new ArrayList<>();
        boolean isPublic = op.getSecurity() == null || op.getSecurity().stream().anyMatch(r -> r.getSchemes().isEmpty());
        if (!isPublic) {
            op.getSecurity().forEach(r -> r.getSchemes().values().forEach(roles::addAll));
        }
        if (isPublic) {
            text.append(" Public: no token needed (a token may widen what is visible).");
        } else if (roles.isEmpty()) {
            text.append(" Needs a bearer token.");
        } else {
            text.append(" Needs a bearer token of role ").append(String.join(" or ", roles)).append(" or higher.");
        }
        if (method == PathItem.HttpMethod.GET && isPublic) {
            text.append(" Answers with a strong ETag and 304 to a matching If-None-Match; anonymous answers are "
                    + "cacheable (Cache-Control, Surrogate-Key).");
        } else if (method == PathItem.HttpMethod.PATCH) {
            text.append(" The body is a JSON Merge Patch (RFC 7396): absent fields stay, null clears.");
        }
        text.append(" Errors are application/problem+json.");
        return text.toString();
    }

    private static void exemplify(OpenAPI api, String type, MediaType media) {
        if (media.getExample() != null || media.getExamples() != null || media.getSchema() == null
                || !type.contains("json")) {
            return;
        }
        media.setExample(example(api, media.getSchema(), 0));
    }

    /** An instance of a schema: declared examples first, else a plain value of its type. */
    static Object example(OpenAPI api, Schema schema, int depth) {
        String ref = Schemas.refName(schema);
        if (ref != null) {
            Schema target = components(api).get(ref);
            return schema.getExamples() != null && !schema.getExamples().isEmpty() ? schema.getExamples().get(0)
                    : target == null || depth > DEPTH ? null : example(api, target, depth + 1);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getAnyOf() != null || schema.getOneOf() != null) {
            List<Schema> options = schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf();
            return options.stream().filter(o -> !List.of(SchemaType.NULL).equals(o.getType())).findFirst()
                    .map(o -> example(api, o, depth + 1)).orElse(null);
        }
        List<SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(SchemaType.OBJECT) || schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null && depth <= DEPTH) {
                schema.getProperties().forEach((name, child) -> {
                    boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
                    if (required || depth < 4) {
                        object.put(name, example(api, child, depth + 1));
                    }
                });
            }
            return object;
        }
        if (types.contains(SchemaType.ARRAY)) {
            return schema.getItems() == null || depth > DEPTH ? List.of()
                    : new ArrayList<>(java.util.Collections.singletonList(example(api, schema.getItems(), depth + 1)));
        }
        if (types.contains(SchemaType.INTEGER) || types.contains(SchemaType.NUMBER)) {
            return schema.getMinimum() != null ? schema.getMinimum().intValue() : 1;
        }
        if (types.contains(SchemaType.BOOLEAN)) {
            return true;
        }
        if (types.contains(SchemaType.STRING)) {
            return stringExample(schema);
        }
        return null;
    }

    private static String stringExample(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "date-time" -> "2026-11-26T20:45:33Z";
            case "uuid" -> "0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a";
            case "uri", "url" -> "https://news.example/";
            case "email" -> "reader@example.com";
            default -> schema.getPattern() != null && schema.getPattern().startsWith("^https?") ? "https://news.example/"
                    : "text";
        };
    }
}
