package dev.byline.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the response headers the web layer sends (API.md §3, §9), from a small
 * descriptor: each header once under {@code components/headers}, referenced from every
 * response that carries it, by what the response is (a public read, a page of a list, a
 * creation, a redirect, a conflict, a rate limit).
 */
final class ResponseHeaders {

    static final String ETAG = "ETag";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String SURROGATE_KEY = "Surrogate-Key";
    static final String CACHE_TAG = "Cache-Tag";
    static final String LOCATION = "Location";
    static final String TOTAL = "X-Total-Count";
    static final String LINK = "Link";
    static final String RETRY_AFTER = "Retry-After";
    static final String ACCEPT_RANGES = "Accept-Ranges";
    static final String CONTENT_RANGE = "Content-Range";

    private static final Map<String, Header> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put(ETAG, header("Strong entity tag of this representation; send it back in If-None-Match (reads) "
                + "or If-Match (writes)", SchemaType.STRING, "\"0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a-v3\""));
        HEADERS.put(CACHE_CONTROL, header("public, max-age=60, stale-while-revalidate=300 for anonymous reads of "
                + "public content (settable); private, no-store when a token was sent or for private data",
                SchemaType.STRING, "public, max-age=60, stale-while-revalidate=300"));
        HEADERS.put(SURROGATE_KEY, header("Space-separated keys of what this answer depends on, for CDN purges",
                SchemaType.STRING, "article:0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a section:world list:articles"));
        HEADERS.put(CACHE_TAG, header("The Surrogate-Key keys, comma-separated (for CDNs that read Cache-Tag)",
                SchemaType.STRING, "article:0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a,section:world,list:articles"));
        HEADERS.put(LOCATION, header("The URL of the resource created, being created, or moved to",
                SchemaType.STRING, "/api/v1/articles/0192f0c4-7d3a-7c2e-9a51-3f1e2d4c5b6a"));
        HEADERS.put(TOTAL, header("How many entries the whole list has", SchemaType.INTEGER, 1000));
        HEADERS.put(LINK, header("RFC 8288 links to the first, prev, next and last pages", SchemaType.STRING,
                "</api/v1/articles?page=2&size=20>; rel=\"next\", </api/v1/articles?page=50&size=20>; rel=\"last\""));
        HEADERS.put(RETRY_AFTER, header("Seconds to wait before trying again", SchemaType.INTEGER, 30));
        HEADERS.put(ACCEPT_RANGES, header("bytes: Range requests are served", SchemaType.STRING, "bytes"));
        HEADERS.put(CONTENT_RANGE, header("The part of the file in this answer", SchemaType.STRING,
                "bytes 0-1023/146515"));
    }

    private ResponseHeaders() {
    }

    static void apply(OpenAPI api) {
        HEADERS.forEach((name, header) -> api.getComponents().addHeader(name, header));
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, op) -> {
            if (op.getResponses() == null) {
                return;
            }
            op.getResponses().getAPIResponses().forEach((code, response) -> document(method, op, code, response));
        }));
    }

    private static void document(PathItem.HttpMethod method, Operation op, String code, APIResponse response) {
        boolean publicRead = method == PathItem.HttpMethod.GET && !secured(op);
        add(response, CACHE_CONTROL);
        if (publicRead && List.of("200", "206", "301", "304").contains(code)) {
            add(response, ETAG);
            add(response, SURROGATE_KEY);
            add(response, CACHE_TAG);
        }
        if (method == PathItem.HttpMethod.GET && code.equals("200") && !publicRead) {
            add(response, ETAG);
        }
        if (List.of("201", "202", "301").contains(code)) {
            add(response, LOCATION);
        }
        if (code.equals("201") || (code.equals("200") && method != PathItem.HttpMethod.GET) || code.equals("412")) {
            add(response, ETAG);
        }
        if (code.equals("200") && isPage(response)) {
            add(response, TOTAL);
            add(response, LINK);
        }
        boolean ranges = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getName().equals("Range"));
        if (ranges && List.of("200", "206", "304", "416").contains(code)) {
            add(response, ACCEPT_RANGES);
        }
        if (ranges && List.of("206", "416").contains(code)) {
            add(response, CONTENT_RANGE);
        }
        if (code.equals("429") || code.equals("503")) {
            add(response, RETRY_AFTER);
        }
    }

    private static boolean secured(Operation op) {
        return op.getSecurity() != null && op.getSecurity().stream().noneMatch(r -> r.getSchemes().isEmpty());
    }

    /** A response whose body is a page: {data, meta} with the page numbers. */
    private static boolean isPage(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                .map(media -> Schemas.refName(media.getSchema()))
                .anyMatch(name -> name != null && name.endsWith("Page"));
    }

    private static void add(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
        }
    }

    private static Header header(String description, SchemaType type, Object example) {
        Schema schema = OASFactory.createSchema().addType(type);
        return OASFactory.createHeader().description(description).schema(schema).example(example);
    }
}
