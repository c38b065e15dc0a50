package dev.byline.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.security.Roles;
import dev.byline.common.web.Api;
import dev.byline.common.web.Created;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Webhooks", description = "Signed HTTP callbacks on content and comment events (admin)")
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks")
    @APIResponse(responseCode = "200", description = "A page of webhooks",
            content = @Content(schema = @Schema(implementation = WebhookPage.class)))
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context UriInfo uri) {
        return PageResponses.ok(webhooks.list(PageParams.of(page, size)), uri).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook (never its secret)")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public WebhookView get(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response create(@Valid @NotNull WebhookRequest request, @Context UriInfo uri) {
        WebhookView created = webhooks.create(request);
        return Created.at(uri, created.id(), created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateWebhook", summary = "Change a webhook (JSON Merge Patch)")
    @RequestBody(content = @Content(schema = @Schema(implementation = WebhookRequest.class)))
    @APIResponse(responseCode = "200", description = "The changed webhook",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public WebhookView patch(@PathParam("id") UUID id, JsonNode patch) {
        return webhooks.patch(id, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its deliveries")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's deliveries, newest first, "
            + "with every attempt")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    public Response deliveries(@PathParam("id") UUID id,
            @Parameter(description = "Page, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") Integer size,
            @Context UriInfo uri) {
        return PageResponses.ok(webhooks.deliveries(id, PageParams.of(page, size)), uri).build();
    }

    /** Schema-only type: a page of webhooks, for the OpenAPI document. */
    @Schema(name = "WebhookPage")
    public record WebhookPage(List<WebhookView> data, PageMeta meta) {
    }

    /** Schema-only type: a page of deliveries, for the OpenAPI document. */
    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(List<DeliveryView> data, PageMeta meta) {
    }
}
