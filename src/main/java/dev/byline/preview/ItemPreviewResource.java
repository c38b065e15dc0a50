package dev.byline.preview;

import dev.byline.common.security.CurrentUser;
import dev.byline.common.security.Roles;
import dev.byline.common.web.Created;
import dev.byline.content.ContentType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issuing and revoking an item's preview tokens; {@code ArticlePreviewResource} and
 * {@code PostPreviewResource} name the collection. They share the item resources' root path.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Previews")
public abstract class ItemPreviewResource {

    @Inject
    PreviewService previews;

    @Inject
    CurrentUser currentUser;

    protected abstract ContentType type();

    @POST
    @Path("/{id}/preview")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Operation(operationId = "createPreview", summary = "Create a preview token for the item (owner or editor)",
            description = "A signed, read-only token that shows this one item in its current state, whatever its "
                    + "status, without a bearer token, until it expires (byline.preview.ttl, default 1 hour). "
                    + "Give the url to a frontend's preview route (Next.js draft mode and the like).")
    @APIResponse(responseCode = "201", description = "The token, the frontend's preview url and its expiry",
            headers = @Header(name = "Location", description = "/api/v1/preview/{token}",
                    schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PreviewView.class)))
    @APIResponse(responseCode = "403", description = "The caller is neither the owner nor an editor")
    @APIResponse(responseCode = "404", description = "No such item visible to the caller")
    public Response create(@Parameter(description = "The item's id") @PathParam("id") UUID id,
            @Context UriInfo uri) {
        PreviewView preview = previews.create(type(), id, currentUser.require());
        return Created.atApiPath(uri, preview, "preview", preview.token());
    }

    @DELETE
    @Path("/{id}/preview")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Operation(operationId = "revokePreview", summary = "Revoke every preview token of the item (owner or editor)",
            description = "Tokens issued before this call answer 404 from now on; new ones may be created.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "The caller is neither the owner nor an editor")
    @APIResponse(responseCode = "404", description = "No such item visible to the caller")
    public void revoke(@Parameter(description = "The item's id") @PathParam("id") UUID id) {
        previews.revoke(type(), id, currentUser.require());
    }
}
