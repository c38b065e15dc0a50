package dev.byline.common.openapi;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Request bodies of inherited operations: a shared resource reads its body as JSON and marks the
 * operation ({@link #OPERATION}, e.g. "create"); each subclass's {@code @Tag} names the schema
 * of each marked body ({@link #SCHEMAS}, e.g. {"create": "ArticleRequest"}). The body of every
 * media type the operation consumes refers to that schema; the marks leave the document.
 */
public final class TypedBodies {

    /** The operation's mark: which of its tag's bodies it takes. */
    public static final String OPERATION = "x-typed-body";

    /** The tag's extension: a JSON object from mark to schema name. */
    public static final String SCHEMAS = "x-typed-bodies";

    private TypedBodies() {
    }

    static void apply(OpenAPI api) {
        if (api.getTags() == null) {
            return;
        }
        Map<String, Map<?, ?>> schemasByTag = new HashMap<>();
        for (Tag tag : api.getTags()) {
            if (tag.getExtensions() != null && tag.getExtensions().get(SCHEMAS) instanceof Map<?, ?> schemas) {
                schemasByTag.put(tag.getName(), schemas);
                tag.removeExtension(SCHEMAS);
            }
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            Object which = op.getExtensions() == null ? null : op.getExtensions().get(OPERATION);
            if (which == null) {
                return;
            }
            unmark(op);
            Map<?, ?> schemas = op.getTags() == null ? null : schemasByTag.get(op.getTags().get(0));
            Object name = schemas == null ? null : schemas.get(which);
            if (name == null) {
                throw new IllegalStateException("No body schema for " + which + " in " + op.getTags());
            }
            op.getRequestBody().getContent().getMediaTypes().values()
                    .forEach(media -> media.setSchema(Schemas.ref(String.valueOf(name))));
        }));
    }

    /** The scan copies a method's extension to its body and responses too: it leaves them all. */
    private static void unmark(Operation op) {
        op.removeExtension(OPERATION);
        if (op.getRequestBody() != null) {
            op.getRequestBody().removeExtension(OPERATION);
        }
        op.getResponses().removeExtension(OPERATION);
        op.getResponses().getAPIResponses().values().forEach(r -> r.removeExtension(OPERATION));
    }
}
