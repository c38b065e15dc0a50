package dev.byline.common.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;

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
        TagMarks.apply(api, SCHEMAS, OPERATION, (op, which, schemas) -> {
            Object name = schemas == null ? null : schemas.get(which);
            if (name == null) {
                throw new IllegalStateException("No body schema for " + which + " in " + op.getTags());
            }
            op.getRequestBody().getContent().getMediaTypes().values()
                    .forEach(media -> media.setSchema(Schemas.ref(String.valueOf(name))));
        });
    }
}
