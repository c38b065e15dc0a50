package dev.byline.auth;

import dev.byline.common.security.Roles;
import dev.byline.common.security.CurrentUser;

import dev.byline.common.web.Api;
import dev.byline.common.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CONTRIBUTOR)
@Tag(name = "Accounts")
public class TokenResource {

    @Inject
    TokenService tokens;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listTokens", summary = "List your tokens (admins: any user's)")
    public List<TokenView> list(
            @Parameter(description = "Admins only: whose tokens") @QueryParam("userId") UUID userId) {
        return tokens.list(userId, currentUser.require());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Create a token; the secret is shown only in this answer")
    @APIResponse(responseCode = "201", description = "Created, with the secret in token",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    public Response create(@Valid @NotNull CreateTokenRequest request, @Context UriInfo uri) {
        TokenView created = tokens.create(request, currentUser.require());
        return Created.at(uri, created.id(), created);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke a token; it fails from the next request on")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") UUID id) {
        tokens.revoke(id, currentUser.require());
    }
}
