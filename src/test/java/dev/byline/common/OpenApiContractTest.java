package dev.byline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.support.OpenApiContract;
import dev.byline.support.OpenApiContract.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract every HTTP test is checked against (OpenApiValidationFilter) catches what it
 * must: a field the document does not describe, a wrong type, a null where none is allowed, a
 * missing field, an undocumented status or header; and it accepts the document's own
 * examples and partial (fields=) bodies.
 */
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECTION = "/api/v1/sections/0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a";
    private static final String ARTICLE = "/api/v1/articles/0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a";

    private final OpenApiContract contract = OpenApiContract.committed();

    private static ObjectNode section() {
        ObjectNode section = JSON.createObjectNode();
        section.put("id", "0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a");
        section.put("slug", "world");
        section.put("url", "https://news.example/sections/world");
        section.put("name", "World");
        section.putNull("description");
        section.putNull("parentId");
        section.put("articleCount", 3);
        section.put("postCount", 0);
        return section;
    }

    private List<String> get(String path, Map<String, List<String>> query, int status, Map<String, String> headers,
            String body) {
        return contract.violations(new Exchange("GET", path, query, null, null, status, headers,
                "application/json;charset=UTF-8", body));
    }

    @Test
    void shouldAcceptAResponseAsDocumented() {
        assertEquals(List.of(), get(SECTION, Map.of(), 200, Map.of("ETag", "\"s-1\""), section().toString()));
    }

    @Test
    void shouldRejectAFieldTheDocumentDoesNotDescribe() {
        List<String> violations = get(SECTION, Map.of(), 200, Map.of(), section().put("colour", "red").toString());
        assertTrue(violations.toString().contains("colour"), violations.toString());
    }

    @Test
    void shouldRejectAFieldOfTheWrongType() {
        List<String> violations = get(SECTION, Map.of(), 200, Map.of(), section().put("articleCount", "3").toString());
        assertTrue(violations.toString().contains("articleCount"), violations.toString());
    }

    @Test
    void shouldRejectNullWhereTheDocumentAllowsNone() {
        List<String> violations = get(SECTION, Map.of(), 200, Map.of(), section().putNull("name").toString());
        assertTrue(violations.toString().contains("name"), violations.toString());
    }

    @Test
    void shouldRejectAMissingRequiredField() {
        ObjectNode body = section();
        body.remove("url");
        List<String> violations = get(SECTION, Map.of(), 200, Map.of(), body.toString());
        assertTrue(violations.toString().contains("url"), violations.toString());
    }

    @Test
    void shouldRelaxRequiredFieldsOnlyForFieldsSelections() {
        String partial = "{\"id\":\"0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a\",\"title\":\"Talks\"}";
        assertEquals(List.of(), get(ARTICLE, Map.of("fields", List.of("title")), 200, Map.of(), partial));
        assertTrue(!get(ARTICLE, Map.of(), 200, Map.of(), partial).isEmpty());
        String wrong = "{\"id\":\"0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a\",\"title\":7}";
        assertTrue(!get(ARTICLE, Map.of("fields", List.of("title")), 200, Map.of(), wrong).isEmpty());
    }

    @Test
    void shouldRejectAnUndocumentedStatusOrHeader() {
        assertTrue(get(SECTION, Map.of(), 418, Map.of(), "").toString().contains("418"));
        List<String> violations = get(SECTION, Map.of(), 200, Map.of("X-Total-Count", "1"), section().toString());
        assertTrue(violations.toString().contains("X-Total-Count"), violations.toString());
    }

    @Test
    void shouldRejectAnUndocumentedQueryParameterOnAnAcceptedRequest() {
        List<String> violations = get(SECTION, Map.of("colour", List.of("red")), 200, Map.of(), section().toString());
        assertTrue(violations.toString().contains("colour"), violations.toString());
        List<String> size = get("/api/v1/sections", Map.of("size", List.of("500")), 200, Map.of(),
                "{\"data\":[],\"meta\":{\"page\":1,\"size\":500,\"total\":0,\"totalPages\":0,\"nextCursor\":null}}");
        assertTrue(size.toString().contains("size"), size.toString());
    }

    /** Every example in the document is an instance of its schema, checked as strictly as responses. */
    @Test
    void shouldHaveExamplesThatMatchTheirSchemas() throws Exception {
        JsonNode document = JSON.readTree(OpenApiContract.DOCUMENT.toFile());
        List<String> violations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode operation = op.getValue();
            String method = op.getKey().toUpperCase();
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "x");
            if (operation.path("description").asText().isBlank()) {
                violations.add(method + " " + path.getKey() + " has no description");
            }
            operation.path("responses").properties().forEach(response -> {
                JsonNode json = response.getValue().path("content").path("application/json");
                if (json.has("example") && !response.getKey().startsWith("4") && !response.getKey().startsWith("5")) {
                    contract.violations(new Exchange(method, concrete, Map.of(), null, null,
                            Integer.parseInt(response.getKey()), Map.of(), "application/json",
                            json.get("example").toString())).stream()
                            .filter(v -> !v.contains("required query parameter")).forEach(violations::add);
                }
            });
        }));
        assertEquals(List.of(), violations);
    }
}
