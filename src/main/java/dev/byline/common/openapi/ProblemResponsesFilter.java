package dev.byline.common.openapi;

import dev.byline.common.error.Problem;
import dev.byline.common.error.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation can give, from what the operation is: each
 * gets 500 and 503; with parameters or a body, 400; with a body, 413 and 415; with a path
 * parameter, 404; with a body in its answer, 406; with a security requirement, 401 and 403.
 * Every 4xx/5xx points at the Problem schema as application/problem+json. Operations without a security requirement
 * are public: their token is optional ({@code security: [{}, {bearer: []}]}).
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(this::document);
        disambiguateOperationIds(openAPI);
    }

    /**
     * Operations inherited by several resources (articles and posts share theirs) get the same
     * method name as operation id; qualify those with the collection they serve, so generated
     * clients get listArticles, getArticleBySlug, updatePost…
     */
    private static void disambiguateOperationIds(OpenAPI openAPI) {
        Map<String, Long> counts = new TreeMap<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(op -> counts.merge(String.valueOf(op.getOperationId()), 1L, Long::sum)));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(op -> {
            if (op.getOperationId() != null && counts.get(op.getOperationId()) > 1) {
                op.setOperationId(qualified(op.getOperationId(), collectionOf(path)));
            }
        }));
    }

    static String qualified(String operationId, String collection) {
        int split = 0;
        while (split < operationId.length() && Character.isLowerCase(operationId.charAt(split))) {
            split++;
        }
        String verb = operationId.substring(0, split);
        String rest = operationId.substring(split);
        String plural = Character.toUpperCase(collection.charAt(0)) + collection.substring(1);
        String singular = plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
        if (verb.equals("patch")) {
            verb = "update";
        }
        return rest.isEmpty() && verb.equals("list") ? verb + plural : verb + singular + rest;
    }

    private static String collectionOf(String path) {
        String[] segments = path.replaceFirst("^/api/v1/", "").split("/");
        return segments[0].isEmpty() ? "root" : segments[0];
    }

    private void document(PathItem item) {
        item.getOperations().values().forEach(this::document);
    }

    private void document(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasPathParam = hasParameter(operation, Parameter.In.PATH);
        boolean hasQueryParam = hasParameter(operation, Parameter.In.QUERY);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();

        if (hasBody || hasQueryParam || hasPathParam) {
            addIfAbsent(responses, ProblemType.VALIDATION, "Invalid request: see errors[]");
        }
        if (hasBody) {
            addIfAbsent(responses, ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than 1 MiB");
            addIfAbsent(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is not JSON");
        }
        if (hasPathParam) {
            addIfAbsent(responses, ProblemType.NOT_FOUND, "Not found");
        }
        if (producesContent(responses)) {
            addIfAbsent(responses, ProblemType.NOT_ACCEPTABLE, "None of the media types in Accept can be produced");
        }
        if (secured) {
            addIfAbsent(responses, ProblemType.UNAUTHORIZED, "Missing, invalid, expired or revoked token");
            addIfAbsent(responses, ProblemType.FORBIDDEN, "The token's role does not allow this");
        } else {
            operation.setSecurity(new ArrayList<>(List.of(
                    OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme("bearer"))));
            addIfAbsent(responses, ProblemType.UNAUTHORIZED, "A token was sent but is invalid");
        }
        addIfAbsent(responses, ProblemType.INTERNAL, "Unexpected error, with a correlation id");
        addIfAbsent(responses, ProblemType.SERVICE_UNAVAILABLE, "The database is unavailable");

        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        sorted.forEach((code, response) -> {
            if (isError(code)) {
                pointAtProblem(code, response);
            }
        });
        responses.setAPIResponses(sorted);
    }

    private static boolean producesContent(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);
    }

    private static boolean hasParameter(Operation operation, Parameter.In in) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == in);
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static void addIfAbsent(APIResponses responses, ProblemType type, String description) {
        String code = String.valueOf(type.status());
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void pointAtProblem(String code, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().equals("Not Authorized") || response.getDescription().equals("Not Allowed")
                || response.getDescription().equals("Bad Request")) {
            response.setDescription(ProblemType.forStatus(Integer.parseInt(code)).title());
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        if (code.equals("401")) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                    .description("Bearer realm=\"byline\"")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }
}
