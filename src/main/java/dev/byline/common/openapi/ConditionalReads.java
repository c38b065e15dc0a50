package dev.byline.common.openapi;

import dev.byline.common.web.HttpCaching;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the conditional reads: every operation marked {@link HttpCaching#CONDITIONAL} is
 * answered through {@link HttpCaching}, which reads {@code If-None-Match} from the request and
 * may answer 304. Each gets that header parameter and the 304, unless it declares its own (a
 * 304 that says what is unchanged). The mark itself leaves the document.
 */
final class ConditionalReads {

    static final String IF_NONE_MATCH = "If-None-Match";

    private ConditionalReads() {
    }

    static void apply(OpenAPI api) {
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getExtensions() != null && op.getExtensions().containsKey(HttpCaching.CONDITIONAL)) {
                unmark(op);
                document(op);
            }
        }));
    }

    /** The scan copies a method's extension to its responses too: it leaves them all. */
    private static void unmark(Operation op) {
        op.removeExtension(HttpCaching.CONDITIONAL);
        op.getResponses().removeExtension(HttpCaching.CONDITIONAL);
        op.getResponses().getAPIResponses().values().forEach(r -> r.removeExtension(HttpCaching.CONDITIONAL));
    }

    private static void document(Operation op) {
        List<Parameter> parameters = new ArrayList<>(op.getParameters() == null ? List.of() : op.getParameters());
        if (parameters.stream().noneMatch(ConditionalReads::isIfNoneMatch)) {
            parameters.add(position(parameters), OASFactory.createParameter()
                    .description("ETag of a copy the client holds")
                    .name(IF_NONE_MATCH)
                    .in(Parameter.In.HEADER)
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
            // The document lists an operation's parameters before its responses, as the scan writes them.
            APIResponses responses = op.getResponses();
            op.setResponses(null);
            op.setParameters(parameters);
            op.setResponses(responses);
        }
        if (!op.getResponses().hasAPIResponse("304")) {
            op.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Unchanged since the ETag in If-None-Match"));
        }
    }

    private static boolean isIfNoneMatch(Parameter parameter) {
        return parameter.getIn() == Parameter.In.HEADER && IF_NONE_MATCH.equals(parameter.getName());
    }

    /** Where the scan would have put it: after path and query parameters, headers by name. */
    private static int position(List<Parameter> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p.getIn() == Parameter.In.COOKIE
                    || p.getIn() == Parameter.In.HEADER && p.getName().compareTo(IF_NONE_MATCH) > 0) {
                return i;
            }
        }
        return parameters.size();
    }
}
