package dev.byline.common.openapi;

import static dev.byline.common.openapi.Schemas.components;
import static dev.byline.common.openapi.Schemas.refName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the schemas say what the JSON is. Responses are written with every field present
 * ({@code quarkus.jackson.serialization-inclusion=always}), so every property of a schema a
 * response reaches is {@code required}, except those marked {@value #OPTIONAL} (fields that
 * only some shapes carry, such as the article-only fields of an item); fields that may be
 * null say so with {@code @Schema(nullable = true)}. A schema reached by both requests and
 * responses gets an {@code …Input} twin for the requests, where nothing is required. Every
 * PATCH gets its own merge-patch schema: all properties optional, and nullable (null clears)
 * unless the create body requires them.
 */
final class ExactSchemas {

    /** Extension marking a response property that is absent from some answers. */
    static final String OPTIONAL = "x-optional";

    private ExactSchemas() {
    }

    static void apply(OpenAPI api) {
        patchSchemas(api);
        Set<String> inRequests = Schemas.reached(api, requestRoots(api));
        Set<String> inResponses = Schemas.reached(api, responseRoots(api));
        Set<String> shared = new HashSet<>(inRequests);
        shared.retainAll(inResponses);
        shared.removeIf(name -> components(api).get(name) == null || components(api).get(name).getProperties() == null);
        inputTwins(api, shared, inRequests);
        for (String name : inRequests) {
            Schema schema = components(api).get(shared.contains(name) ? name + "Input" : name);
            if (schema != null && schema.getProperties() != null && !name.endsWith("Patch")) {
                nullOptional(schema);
            }
        }
        for (String name : inResponses) {
            Schema schema = components(api).get(name);
            if (schema != null && schema.getProperties() != null) {
                requireAll(schema);
            }
        }
        components(api).values().forEach(schema -> Schemas.walk(schema, child -> {
            if (isOptional(child)) {
                child.removeExtension(OPTIONAL);
                child.set(OPTIONAL, null);
            }
            if (child.getAnyOf() != null && child.getType() != null) {
                child.setType(null);
            }
        }));
        api.getComponents().setSchemas(new TreeMap<>(components(api)));
    }

    /** Every property required but the ones marked optional (also inside unwrapped parts). */
    static void requireAll(Schema schema) {
        List<String> required = new ArrayList<>();
        schema.getProperties().forEach((property, child) -> {
            if (!isOptional(child)) {
                required.add(property);
            }
        });
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /** A create body read into a record: an optional field sent as null is the same as one left out. */
    private static void nullOptional(Schema schema) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties().forEach((property, child) -> properties.put(property,
                schema.getRequired() != null && schema.getRequired().contains(property) ? child
                        : Schemas.nullable(child)));
        schema.setProperties(properties);
    }

    private static boolean isOptional(Schema schema) {
        return schema.get(OPTIONAL) != null
                || schema.getExtensions() != null && schema.getExtensions().containsKey(OPTIONAL);
    }

    private static List<Schema> requestRoots(OpenAPI api) {
        List<Schema> roots = new ArrayList<>();
        operations(api).forEach(op -> roots.addAll(Schemas.requestSchemas(op)));
        return roots;
    }

    static List<Schema> responseRoots(OpenAPI api) {
        List<Schema> roots = new ArrayList<>();
        operations(api).forEach(op -> {
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (!code.startsWith("4") && !code.startsWith("5") && response.getContent() != null) {
                        roots.addAll(Schemas.bodySchemas(response.getContent().getMediaTypes()));
                    }
                });
            }
        });
        return roots;
    }

    static List<Operation> operations(OpenAPI api) {
        List<Operation> all = new ArrayList<>();
        api.getPaths().getPathItems().values().forEach(item -> all.addAll(item.getOperations().values()));
        return all;
    }

    /** Schemas both requests and responses use: requests get a copy without required fields. */
    private static void inputTwins(OpenAPI api, Set<String> shared, Set<String> inRequests) {
        for (String name : shared) {
            api.getComponents().addSchema(name + "Input", Schemas.copy(components(api).get(name)));
        }
        List<Schema> requestSide = new ArrayList<>(requestRoots(api));
        inRequests.stream().filter(n -> !shared.contains(n) && components(api).containsKey(n))
                .forEach(n -> requestSide.add(components(api).get(n)));
        shared.forEach(n -> requestSide.add(components(api).get(n + "Input")));
        for (Schema root : requestSide) {
            Schemas.walk(root, schema -> {
                String name = refName(schema);
                if (name != null && shared.contains(name)) {
                    schema.setRef(Schemas.COMPONENTS + name + "Input");
                }
            });
        }
    }

    /** A merge-patch schema per PATCH: its own, all optional, null allowed where it clears. */
    private static void patchSchemas(OpenAPI api) {
        Set<String> done = new HashSet<>();
        api.getPaths().getPathItems().forEach((path, item) -> {
            Operation patch = item.getPATCH();
            if (patch == null || patch.getRequestBody() == null) {
                return;
            }
            for (MediaType media : patch.getRequestBody().getContent().getMediaTypes().values()) {
                String name = refName(media.getSchema());
                if (name == null) {
                    continue;
                }
                String patchName = name.endsWith("Patch") ? name : name.replaceFirst("Request$", "") + "Patch";
                if (done.add(patchName)) {
                    Schema source = components(api).get(name);
                    Schema target = name.equals(patchName) ? source : Schemas.copy(source);
                    Set<String> cannotClear = new HashSet<>(createRequired(api, path));
                    if (source.getRequired() != null) {
                        cannotClear.addAll(source.getRequired());
                    }
                    if (!name.equals(patchName)) {
                        target.setDescription("JSON Merge Patch (RFC 7396) of " + article(patchName.replaceFirst(
                                "Patch$", "")) + ": absent fields stay, null clears; fields that cannot be "
                                + "cleared do not take null");
                    }
                    Map<String, Schema> properties = new LinkedHashMap<>();
                    source.getProperties().forEach((property, schema) -> properties.put(property,
                            cannotClear.contains(property) ? schema : clearable(schema)));
                    target.setProperties(properties);
                    api.getComponents().addSchema(patchName, target);
                }
                media.setSchema(Schemas.ref(patchName));
            }
        });
    }

    /** Null clears the field; in a map (such as an author's links) null removes the key. */
    private static Schema clearable(Schema schema) {
        Schema nullable = Schemas.nullable(schema);
        if (nullable != schema && schema.getAdditionalPropertiesSchema() != null) {
            nullable.setAdditionalPropertiesSchema(Schemas.nullable(schema.getAdditionalPropertiesSchema()));
        }
        return nullable;
    }

    private static String article(String noun) {
        return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun.toLowerCase();
    }

    /** What the create operation of the same collection requires (POST on the path without /{id}). */
    private static List<String> createRequired(OpenAPI api, String patchPath) {
        PathItem collection = api.getPaths().getPathItem(patchPath.replaceFirst("/\\{[^/]+}$", ""));
        if (collection == null || collection.getPOST() == null) {
            return List.of();
        }
        for (Schema body : Schemas.requestSchemas(collection.getPOST())) {
            Schema create = refName(body) == null ? body : components(api).get(refName(body));
            if (create != null && create.getRequired() != null) {
                return create.getRequired();
            }
        }
        return List.of();
    }
}
