package dev.byline.common.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The one filter of the generated document (mp.openapi.filter): the catalogues' inherited
 * operations, the typed bodies of inherited writes, the conditional reads, the error answers,
 * the exact schemas (required, nullable, merge-patch bodies, what include= adds), the bounds of
 * shared parameters, the response headers, webhook event names, and a description and example
 * for every operation. Each concern is its own small class.
 */
public class OpenApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        CatalogueOperations.apply(api);
        TypedBodies.apply(api);
        ConditionalReads.apply(api);
        new ProblemResponsesFilter().filterOpenAPI(api);
        IncludedFields.apply(api);
        webhookEvents(api);
        ExactSchemas.apply(api);
        ParameterRules.apply(api);
        ResponseHeaders.apply(api);
        OperationDocs.apply(api);
        Schema problem = Schemas.components(api).get("Problem");
        if (problem != null) {
            problem.setAdditionalPropertiesBoolean(Boolean.TRUE);
        }
    }

    /** The closed set of event names wherever a webhook or delivery names events. */
    private static void webhookEvents(OpenAPI api) {
        Schemas.components(api).forEach((name, schema) -> {
            if (!name.startsWith("Webhook") || schema.getProperties() == null) {
                return;
            }
            Schema events = schema.getProperties().get("events");
            if (events != null && events.getItems() != null) {
                events.setItems(Schemas.ref("WebhookEvent"));
            }
            Schema event = schema.getProperties().get("event");
            if (event != null && event.getRef() == null) {
                schema.addProperty("event", Schemas.ref("WebhookEvent").examples(event.getExamples()));
            }
        });
    }
}
