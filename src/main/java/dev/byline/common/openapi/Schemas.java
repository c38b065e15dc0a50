package dev.byline.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/** Small helpers over the OpenAPI schema model: walking, copying, references and null. */
final class Schemas {

    static final String COMPONENTS = "#/components/schemas/";

    private Schemas() {
    }

    static Map<String, Schema> components(OpenAPI api) {
        return api.getComponents().getSchemas();
    }

    static Schema ref(String name) {
        return OASFactory.createSchema().ref(COMPONENTS + name);
    }

    static String refName(Schema schema) {
        String ref = schema == null ? null : schema.getRef();
        return ref == null || !ref.startsWith(COMPONENTS) ? null : ref.substring(COMPONENTS.length());
    }

    /** Visits a schema and every schema nested in it (not following references). */
    static void walk(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(child -> walk(child, visitor));
        }
        walk(schema.getItems(), visitor);
        walk(schema.getAdditionalPropertiesSchema(), visitor);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAnyOf(), schema.getAllOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(child -> walk(child, visitor));
            }
        }
    }

    /** The component schemas a set of roots reaches, following references. */
    static Set<String> reached(OpenAPI api, List<Schema> roots) {
        Set<String> seen = new LinkedHashSet<>();
        List<Schema> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            walk(todo.remove(todo.size() - 1), s -> {
                String name = refName(s);
                if (name != null && seen.add(name) && components(api).containsKey(name)) {
                    todo.add(components(api).get(name));
                }
            });
        }
        return seen;
    }

    static List<Schema> bodySchemas(Map<String, MediaType> content) {
        List<Schema> schemas = new ArrayList<>();
        if (content != null) {
            content.values().forEach(media -> {
                if (media.getSchema() != null) {
                    schemas.add(media.getSchema());
                }
            });
        }
        return schemas;
    }

    static List<Schema> requestSchemas(Operation operation) {
        return operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                ? List.of() : bodySchemas(operation.getRequestBody().getContent().getMediaTypes());
    }

    /** A shallow copy with its own property map and required list. */
    static Schema copy(Schema schema) {
        Schema copy = OASFactory.createSchema();
        schema.getAll().forEach(copy::set);
        if (schema.getProperties() != null) {
            copy.setProperties(new LinkedHashMap<>(schema.getProperties()));
        }
        copy.setRequired(null);
        return copy;
    }

    /** The same schema that also allows null: {@code type: [x, "null"]}, or anyOf with null for a reference. */
    static Schema nullable(Schema schema) {
        if (allowsNull(schema)) {
            return schema;
        }
        if (schema.getRef() != null) {
            Schema wrapped = OASFactory.createSchema()
                    .anyOf(new ArrayList<>(List.of(ref(refName(schema)), nullType())));
            wrapped.setDescription(schema.getDescription());
            wrapped.setExamples(schema.getExamples());
            return wrapped;
        }
        Schema copy = copy(schema);
        copy.setRequired(schema.getRequired());
        List<SchemaType> types = copy.getType() == null ? new ArrayList<>() : new ArrayList<>(copy.getType());
        types.add(SchemaType.NULL);
        copy.setType(types);
        return copy;
    }

    static boolean allowsNull(Schema schema) {
        return (schema.getType() != null && schema.getType().contains(SchemaType.NULL))
                || (schema.getAnyOf() != null && schema.getAnyOf().stream()
                        .anyMatch(s -> s.getType() != null && s.getType().equals(List.of(SchemaType.NULL))));
    }

    static Schema nullType() {
        return OASFactory.createSchema().addType(SchemaType.NULL);
    }
}
