package dev.byline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The committed OpenAPI document as a contract every HTTP exchange of the tests is checked
 * against, with networknt's JSON Schema validator (OpenAPI 3.1 dialect, formats asserted).
 *
 * <p>Responses: the status must be documented for the operation, every contract header sent
 * ({@link #CONTRACT_HEADERS}) must be documented for that status, the content type must be
 * documented, and a JSON body must match its schema <em>strictly</em>: every object schema is
 * closed ({@code unevaluatedProperties: false} unless it declares additionalProperties), so a
 * field the code sends and the document does not describe fails, as does a wrong type or a
 * null where the document does not allow one. A response to a request with {@code fields=}
 * is a partial body: it is checked against the same closed schemas with {@code required}
 * dropped. 304 and 204 must be empty; non-JSON bodies (RSS, NDJSON, images, the starter
 * site's HTML) are checked for their documented content type only. Error bodies are checked
 * against Problem like any other.
 *
 * <p>Requests the server accepted (2xx): every query parameter must be documented and its
 * value valid (comma lists count as repeated values), and a JSON body must match the request
 * schema strictly. Requests the server refused are not checked: tests send bad requests on
 * purpose, and a refusal cannot make the document lie.
 */
public final class OpenApiContract {

    public static final Path DOCUMENT = Path.of("openapi", "openapi.json");

    static final Set<String> CONTRACT_HEADERS = Set.of("etag", "location", "link", "x-total-count", "retry-after",
            "surrogate-key", "cache-tag", "cache-control", "last-modified", "x-robots-tag", "www-authenticate",
            "content-range", "accept-ranges");

    private static final String STRICT = "https://byline.test/openapi-strict.json";
    private static final String PARTIAL = "https://byline.test/openapi-partial.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile OpenApiContract committed;

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final Map<String, String> checkNames = new LinkedHashMap<>();

    /** One HTTP exchange as the tests saw it. */
    public record Exchange(String method, String path, Map<String, List<String>> query, String requestContentType,
            String requestBody, int status, Map<String, String> responseHeaders, String responseContentType,
            String responseBody) {
    }

    private record Route(String method, String template, Pattern pattern, int literals, JsonNode operation) {
    }

    public OpenApiContract(JsonNode document) {
        this.document = document;
        ObjectNode checks = JsonNodeFactory.instance.objectNode();
        collectSchemas(document.path("paths"), "#/paths", checks);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(Map.of(STRICT, write(closed(withChecks(document, checks), false)),
                        PARTIAL, write(closed(withChecks(document, checks), true)))));
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (op.getValue().has("responses")) {
                String template = path.getKey();
                String regex = "^" + Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q") + "$";
                int literals = (int) List.of(template.split("/")).stream().filter(s -> !s.startsWith("{")).count();
                routes.add(new Route(op.getKey().toUpperCase(Locale.ROOT), template, Pattern.compile(regex), literals,
                        op.getValue()));
            }
        }));
        routes.sort(Comparator.comparingInt(Route::literals).reversed());
    }

    /** The committed openapi/openapi.json, read once. */
    public static OpenApiContract committed() {
        if (committed == null) {
            synchronized (OpenApiContract.class) {
                if (committed == null) {
                    try {
                        committed = new OpenApiContract(JSON.readTree(Files.readString(DOCUMENT)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return committed;
    }

    /** What is wrong with the exchange by the document; empty when nothing is. */
    public List<String> violations(Exchange exchange) {
        List<String> problems = new ArrayList<>();
        Route route = route(exchange.method(), exchange.path());
        if (route == null) {
            if (exchange.path().startsWith("/api/") && isJson(exchange.responseContentType())
                    && exchange.status() >= 400) {
                problems.addAll(check("#/components/schemas/Problem", exchange.responseBody(), false, "response"));
            }
            return problems;
        }
        String name = exchange.method() + " " + route.template();
        JsonNode response = resolve(responseFor(route.operation(), exchange.status()));
        if (response == null) {
            problems.add(name + " answered " + exchange.status() + ", a status the document does not list");
            return problems;
        }
        String pointer = pointerOf(route, exchange.status());
        checkHeaders(exchange, response, problems, name);
        checkBody(exchange, response, pointer, problems, name);
        if (exchange.status() >= 200 && exchange.status() < 300) {
            checkQuery(exchange, route, problems, name);
            checkRequestBody(exchange, route, problems, name);
        }
        return problems;
    }

    /** Validates a webhook delivery body against the document's top-level webhooks. */
    public List<String> webhookViolations(String event, String body) {
        JsonNode item = resolve(document.path("webhooks").path(event));
        if (item == null || item.isMissingNode()) {
            return List.of("webhook " + event + " is not in the document");
        }
        JsonNode media = item.path("post").path("requestBody").path("content").path("application/json");
        return check(pointerTo(media.path("schema")), body, false, "webhook " + event);
    }

    private Route route(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method) && route.pattern().matcher(path).matches()) {
                return route;
            }
        }
        return null;
    }

    private static JsonNode responseFor(JsonNode operation, int status) {
        JsonNode responses = operation.path("responses");
        String code = String.valueOf(status);
        if (responses.has(code)) {
            return responses.get(code);
        }
        String range = code.charAt(0) + "XX";
        return responses.has(range) ? responses.get(range) : responses.get("default");
    }

    private String pointerOf(Route route, int status) {
        JsonNode responses = route.operation().path("responses");
        String code = String.valueOf(status);
        String key = responses.has(code) ? code : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : "default";
        return "#/paths/" + escape(route.template()) + "/" + route.method().toLowerCase(Locale.ROOT) + "/responses/"
                + key;
    }

    private void checkHeaders(Exchange exchange, JsonNode response, List<String> problems, String name) {
        Set<String> documented = new java.util.HashSet<>();
        response.path("headers").fieldNames().forEachRemaining(h -> documented.add(h.toLowerCase(Locale.ROOT)));
        exchange.responseHeaders().keySet().forEach(header -> {
            String lower = header.toLowerCase(Locale.ROOT);
            if (CONTRACT_HEADERS.contains(lower) && !documented.contains(lower)) {
                problems.add(name + " " + exchange.status() + " sent the header " + header
                        + ", which the document does not list for that status");
            }
        });
    }

    private void checkBody(Exchange exchange, JsonNode response, String pointer, List<String> problems,
            String name) {
        String body = exchange.responseBody() == null ? "" : exchange.responseBody();
        if (exchange.status() == 304 || exchange.status() == 204 || exchange.method().equals("HEAD")) {
            if (!body.isEmpty()) {
                problems.add(name + " " + exchange.status() + " must have no body");
            }
            return;
        }
        JsonNode content = response.path("content");
        if (body.isEmpty()) {
            return;
        }
        if (content.isMissingNode() || content.isEmpty()) {
            if (exchange.status() < 300 || exchange.status() >= 400) {
                problems.add(name + " " + exchange.status() + " sent a body of " + exchange.responseContentType()
                        + " where the document describes none");
            }
            return;
        }
        String type = mediaType(exchange.responseContentType());
        String key = matchMediaType(content, type);
        if (key == null) {
            problems.add(name + " " + exchange.status() + " sent " + type + "; the document lists "
                    + content.properties().stream().map(Map.Entry::getKey).toList());
            return;
        }
        if (isJson(type) && content.path(key).has("schema")) {
            boolean partial = exchange.query().containsKey("fields") && exchange.status() < 300;
            problems.addAll(check(pointer + "/content/" + escape(key) + "/schema", body, partial,
                    name + " " + exchange.status()));
        }
    }

    private void checkQuery(Exchange exchange, Route route, List<String> problems, String name) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode parameter : route.operation().path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if ("query".equals(resolved.path("in").asText())) {
                parameters.put(resolved.path("name").asText(), resolved);
            }
        }
        exchange.query().forEach((key, values) -> {
            JsonNode parameter = parameters.get(key);
            if (parameter == null) {
                problems.add(name + " accepted the query parameter " + key + ", which the document does not list");
                return;
            }
            JsonNode schema = resolve(parameter.path("schema"));
            JsonNode value = queryValue(schema, values);
            int index = 0;
            for (JsonNode p : route.operation().path("parameters")) {
                if (resolve(p) == parameter) {
                    break;
                }
                index++;
            }
            String pointer = "#/paths/" + escape(route.template()) + "/" + route.method().toLowerCase(Locale.ROOT)
                    + "/parameters/" + index + "/schema";
            problems.addAll(check(pointer, write(value), false, name + " query " + key));
        });
        parameters.forEach((key, parameter) -> {
            if (parameter.path("required").asBoolean() && !exchange.query().containsKey(key)) {
                problems.add(name + " accepted a request without the required query parameter " + key);
            }
        });
    }

    private static JsonNode queryValue(JsonNode schema, List<String> values) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (types(schema).contains("array")) {
            ArrayNode array = nodes.arrayNode();
            values.forEach(v -> List.of(v.split(",", -1)).forEach(part -> array.add(scalar(schema.path("items"),
                    part.strip()))));
            return array;
        }
        return scalar(schema, values.isEmpty() ? "" : values.get(values.size() - 1));
    }

    private static JsonNode scalar(JsonNode schema, String value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<String> types = types(schema);
        try {
            if (types.contains("integer")) {
                return nodes.numberNode(Long.parseLong(value));
            }
            if (types.contains("number")) {
                return nodes.numberNode(Double.parseDouble(value));
            }
        } catch (NumberFormatException e) {
            return nodes.textNode(value);
        }
        if (types.contains("boolean") && (value.equals("true") || value.equals("false"))) {
            return nodes.booleanNode(Boolean.parseBoolean(value));
        }
        return nodes.textNode(value);
    }

    private static List<String> types(JsonNode schema) {
        List<String> types = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private void checkRequestBody(Exchange exchange, Route route, List<String> problems, String name) {
        String body = exchange.requestBody();
        if (body == null || body.isBlank() || !isJson(exchange.requestContentType())) {
            return;
        }
        JsonNode content = route.operation().path("requestBody").path("content");
        String key = matchMediaType(content, mediaType(exchange.requestContentType()));
        if (key == null) {
            problems.add(name + " accepted a body of " + exchange.requestContentType()
                    + ", which the document does not list");
            return;
        }
        String pointer = "#/paths/" + escape(route.template()) + "/" + route.method().toLowerCase(Locale.ROOT)
                + "/requestBody/content/" + escape(key) + "/schema";
        problems.addAll(check(pointer, body, false, name + " request"));
    }

    /**
     * Every schema under paths gets a plain name under x-check, so it can be addressed without
     * percent-encoding the braces of path templates in a URI fragment.
     */
    private void collectSchemas(JsonNode node, String pointer, ObjectNode checks) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                String child = pointer + "/" + escape(field.getKey());
                if (field.getKey().equals("schema") && field.getValue().isObject()) {
                    String key = "s" + checkNames.size();
                    checkNames.put(child, key);
                    checks.set(key, field.getValue());
                } else {
                    collectSchemas(field.getValue(), child, checks);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectSchemas(node.get(i), pointer + "/" + i, checks);
            }
        }
    }

    private static JsonNode withChecks(JsonNode document, ObjectNode checks) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        copy.set("x-check", checks.deepCopy());
        return copy;
    }

    private List<String> check(String pointer, String json, boolean partial, String what) {
        String name = checkNames.get(pointer);
        String location = (partial ? PARTIAL : STRICT) + (name == null ? pointer : "#/x-check/" + name);
        Schema schema = compiled.computeIfAbsent(location, l -> registry.getSchema(SchemaLocation.of(l)));
        List<Error> errors;
        try {
            errors = schema.validate(json, InputFormat.JSON);
        } catch (RuntimeException e) {
            return List.of(what + ": not JSON (" + e.getMessage() + ")");
        }
        return errors.stream().map(e -> what + ": " + e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    private static String matchMediaType(JsonNode content, String type) {
        if (content.has(type)) {
            return type;
        }
        for (String key : (Iterable<String>) content::fieldNames) {
            if (key.equals("*/*") || key.endsWith("/*") && type.startsWith(key.substring(0, key.length() - 1))) {
                return key;
            }
        }
        return null;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String contentType) {
        String type = mediaType(contentType);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private String pointerTo(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.startsWith("#") ? ref : "#/components/schemas/Problem";
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** Closes every object schema (the document's own additionalProperties stay); partial drops required. */
    private static JsonNode closed(JsonNode node, boolean partial) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (partial) {
                object.remove("required");
            }
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                    closed(field.getValue(), partial);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> closed(child, partial));
        }
        return node;
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
