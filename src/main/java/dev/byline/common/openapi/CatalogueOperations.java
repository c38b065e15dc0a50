package dev.byline.common.openapi;

import dev.byline.common.security.Roles;
import dev.byline.common.web.CatalogueResource;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the endpoints a catalogue inherits from {@link CatalogueResource}: from the noun
 * its {@code @Tag} declares ({@link CatalogueResource#DOCS}), each operation gets its summary,
 * its answers and their schemas ({@code Author}, {@code AuthorPage}, {@code AuthorRequest}),
 * as if written on the operation itself. The marks leave the document.
 */
final class CatalogueOperations {

    private static final String SLUG_TAKEN = "The slug is taken";

    /** The security scheme's name (quarkus.smallrye-openapi.security-scheme-name). */
    private static final String SCHEME = "bearer";

    /** The operations {@link CatalogueResource} keeps to editors. */
    private static final Set<String> WRITES = Set.of("create", "update", "delete");

    private CatalogueOperations() {
    }

    static void apply(OpenAPI api) {
        TagMarks.apply(api, CatalogueResource.DOCS, CatalogueResource.OPERATION, (op, which, docs) -> {
            if (docs != null) {
                document(api, op, which, new Docs(docs));
            }
        });
    }

    /**
     * Writes what the scan leaves out of an inherited operation, in the order the scan writes
     * an operation's parts: its summary, its answers (the scanned error answers stay), and who
     * may call a write (the scan reads roles only from a resource's own methods).
     */
    private static void rewrite(Operation op, String summary, APIResponses responses, boolean editorsOnly) {
        String operationId = op.getOperationId();
        List<String> tags = op.getTags();
        List<Parameter> parameters = op.getParameters();
        RequestBody body = op.getRequestBody();
        op.setOperationId(null);
        op.setTags(null);
        op.setParameters(null);
        op.setRequestBody(null);
        op.setResponses(null);
        op.setSecurity(null);
        if (editorsOnly) {
            // As the scan answers a secured method: the error filter words them.
            responses.addAPIResponse("401", OASFactory.createAPIResponse());
            responses.addAPIResponse("403", OASFactory.createAPIResponse());
        }
        op.summary(summary).operationId(operationId).tags(tags).parameters(parameters).requestBody(body)
                .responses(responses);
        if (editorsOnly) {
            op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME, Roles.EDITOR));
        }
    }

    private static void document(OpenAPI api, Operation op, String which, Docs docs) {
        APIResponses responses = OASFactory.createAPIResponses();
        String summary = switch (which) {
            case "list" -> {
                responses.addAPIResponse("200", answer("A page of " + docs.plural(), page(api, docs)));
                yield "List " + docs.plural() + " with their counts of published items";
            }
            case "get" -> {
                responses.addAPIResponse("200", answer("The " + docs.noun(), docs.entry()));
                yield "Get " + docs.aNoun();
            }
            case "getBySlug" -> {
                responses.addAPIResponse("200", answer("The " + docs.noun(), docs.entry()));
                yield docs.text("getBySlug", "Get " + docs.aNoun() + " by its slug");
            }
            case "create" -> {
                responses.addAPIResponse("201", answer("Created", docs.entry()));
                responses.addAPIResponse("409", answer(SLUG_TAKEN, null));
                yield "Create " + docs.aNoun();
            }
            case "update" -> {
                op.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(media -> media.setSchema(Schemas.ref(docs.title() + "Request")));
                responses.addAPIResponse("200", answer("The changed " + docs.noun(), docs.entry()));
                responses.addAPIResponse("409", answer(SLUG_TAKEN, null));
                yield "Change " + docs.aNoun() + " (JSON Merge Patch)";
            }
            case "delete" -> {
                responses.addAPIResponse("204", answer("Deleted", null));
                String conflict = docs.text("deleteConflict", null);
                if (conflict != null) {
                    responses.addAPIResponse("409", answer(conflict, null));
                }
                yield docs.text("delete", "Delete " + docs.aNoun());
            }
            default -> throw new IllegalStateException("No documentation for catalogue operation " + which);
        };
        op.getResponses().getAPIResponses().forEach((code, scanned) -> {
            if (!code.startsWith("2") && !responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, scanned);
            }
        });
        rewrite(op, summary, responses, WRITES.contains(which));
    }

    private static APIResponse answer(String description, Schema schema) {
        APIResponse answer = OASFactory.createAPIResponse().description(description);
        return schema == null ? answer : answer.content(OASFactory.createContent().addMediaType(
                MediaType.APPLICATION_JSON, OASFactory.createMediaType().schema(schema)));
    }

    /** The page schema ({@code AuthorPage}): the entries and the page's meta. */
    private static Schema page(OpenAPI api, Docs docs) {
        String name = docs.title() + "Page";
        if (!Schemas.components(api).containsKey(name)) {
            api.getComponents().addSchema(name, OASFactory.createSchema().addType(SchemaType.OBJECT)
                    .addProperty("data", OASFactory.createSchema().addType(SchemaType.ARRAY).items(docs.entry()))
                    .addProperty("meta", Schemas.ref("PageMeta")));
        }
        return Schemas.ref(name);
    }

    private record Docs(Map<?, ?> json) {

        String noun() {
            return String.valueOf(json.get("noun"));
        }

        String plural() {
            return noun() + "s";
        }

        String aNoun() {
            return ("aeiou".indexOf(noun().charAt(0)) >= 0 ? "an " : "a ") + noun();
        }

        String title() {
            return noun().substring(0, 1).toUpperCase(Locale.ROOT) + noun().substring(1);
        }

        Schema entry() {
            return Schemas.ref(title());
        }

        String text(String key, String otherwise) {
            Object value = json.get(key);
            return value == null ? otherwise : String.valueOf(value);
        }
    }
}
