package dev.byline.auth;

import dev.byline.common.security.Roles;
import dev.byline.common.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.web.Api;
import dev.byline.common.web.Created;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Accounts")
public class UserResource {

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listUsers", summary = "List users")
    @APIResponse(responseCode = "200", description = "A page of users",
            content = @Content(schema = @Schema(implementation = UserPage.class)))
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @Context UriInfo uri) {
        return PageResponses.ok(users.list(PageParams.of(page, size)), uri).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get a user")
    public UserView get(@PathParam("id") UUID id) {
        return users.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "The email is taken")
    public Response create(@Valid @NotNull UserRequest request, @Context UriInfo uri) {
        UserView created = users.create(request);
        return Created.at(uri, created.id(), created);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateUser", summary = "Change a user (JSON Merge Patch)")
    @RequestBody(content = @Content(schema = @Schema(implementation = UserRequest.class)))
    @APIResponse(responseCode = "200", description = "The changed user",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "The email is taken, or the last admin would lose the role")
    public UserView patch(@PathParam("id") UUID id, JsonNode patch) {
        return users.patch(id, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteUser", summary = "Delete a user and their tokens")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Your own account, or the last admin")
    public void delete(@PathParam("id") UUID id) {
        users.delete(id, currentUser.require());
    }

    /** Schema-only type: a page of users, for the OpenAPI document. */
    @Schema(name = "UserPage")
    public record UserPage(java.util.List<UserView> data, dev.byline.common.web.PageMeta meta) {
    }
}
