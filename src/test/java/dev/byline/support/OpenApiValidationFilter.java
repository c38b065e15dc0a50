package dev.byline.support;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every RestAssured exchange of the suite against the committed OpenAPI document
 * ({@link OpenApiContract}); a mismatch fails the test that made the request, with what is
 * wrong. Installed for every test by {@link OpenApiValidationExtension}.
 */
public final class OpenApiValidationFilter implements Filter {

    static final OpenApiValidationFilter INSTANCE = new OpenApiValidationFilter();

    /** Adds the filter to RestAssured's global filters once (called reflectively, in the test's class loader). */
    public static void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        Map<String, String> headers = new LinkedHashMap<>();
        response.getHeaders().forEach(h -> headers.put(h.getName(), h.getValue()));
        byte[] bytes = response.asByteArray();
        OpenApiContract.Exchange exchange = new OpenApiContract.Exchange(request.getMethod(), uri.getRawPath(),
                query(uri.getRawQuery()), request.getContentType(), requestBody(request), response.statusCode(),
                headers, response.getContentType(), bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8));
        List<String> violations = OpenApiContract.committed().violations(exchange);
        if (!violations.isEmpty()) {
            throw new AssertionError("The exchange does not match openapi/openapi.json (" + request.getMethod() + " "
                    + uri + " -> " + response.statusCode() + "):\n  - " + String.join("\n  - ", violations));
        }
        return response;
    }

    private static String requestBody(FilterableRequestSpecification request) {
        Object body = request.getBody();
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return body instanceof String text ? text : null;
    }

    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
