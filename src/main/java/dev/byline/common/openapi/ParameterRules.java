package dev.byline.common.openapi;

import dev.byline.common.persistence.Slugs;
import java.math.BigDecimal;
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

    static void apply(OpenAPI api) {
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(ParameterRules::bound);
            }
        }));
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
