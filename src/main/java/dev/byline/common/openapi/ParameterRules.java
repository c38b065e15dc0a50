package dev.byline.common.openapi;

import dev.byline.common.persistence.Slugs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The bounds of the parameters every list shares (API.md §3): {@code page} from 1, {@code size}
 * 1 to 100, a slug as slugs are made. Parameters particular to one operation carry their own
 * bounds and enums where they are declared.
 */
final class ParameterRules {

    private ParameterRules() {
    }

    private static final List<String> SORTS = List.of("-publishedAt", "publishedAt", "-updatedAt", "updatedAt",
            "title", "-title", "relevance");
    private static final String INCLUDES = "(authors|comments|recent)";

    static void apply(OpenAPI api) {
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(ParameterRules::bound);
                op.getParameters().forEach(parameter -> closedSet(String.valueOf(op.getOperationId()), parameter));
            }
        }));
    }

    /** The closed sets and bounds of the parameters particular to some operations. */
    private static void closedSet(String operation, Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY) {
            return;
        }
        boolean contentList = operation.equals("listArticles") || operation.equals("listPosts");
        switch (parameter.getName()) {
            case "sort" -> parameter.setSchema(strings(SORTS));
            case "status" -> parameter.setSchema(array(contentList ? strings(List.of("draft", "scheduled",
                    "published", "archived", "any")) : Schemas.ref("CommentStatus")));
            case "type" -> parameter.setSchema(array(Schemas.ref("ContentType")));
            case "as" -> parameter.setSchema(Schemas.ref("ContentType"));
            case "include" -> parameter.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).pattern(
                    contentList ? "^authors$" : "^" + INCLUDES + "(," + INCLUDES + ")*$"));
            case "limit" -> parameter.getSchema().minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(operation.equals("listChanges") ? 1000 : 50));
            case "w" -> parameter.getSchema().minimum(BigDecimal.ONE);
            case "publishedAfter", "publishedBefore" -> parameter.getSchema().format("date-time");
            default -> {
            }
        }
    }

    private static Schema strings(List<String> values) {
        return OASFactory.createSchema().addType(SchemaType.STRING).enumeration(new ArrayList<>(values));
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).items(items);
    }

    private static void bound(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null) {
            return;
        }
        if (parameter.getIn() == Parameter.In.QUERY && parameter.getName().equals("page")) {
            schema.setMinimum(BigDecimal.ONE);
            schema.setDefaultValue(1);
        } else if (parameter.getIn() == Parameter.In.QUERY && parameter.getName().equals("size")) {
            schema.setMinimum(BigDecimal.ONE);
            schema.setMaximum(BigDecimal.valueOf(100));
            schema.setDefaultValue(20);
        } else if (parameter.getIn() == Parameter.In.PATH && parameter.getName().equals("slug")) {
            parameter.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).minLength(1)
                    .maxLength(Slugs.MAX_LENGTH).pattern(Slugs.PATTERN));
        }
    }
}
