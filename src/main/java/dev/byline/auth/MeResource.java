package dev.byline.auth;

import dev.byline.common.security.Roles;
import dev.byline.common.security.CurrentUser;

import dev.byline.common.web.Api;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Users, API tokens and the caller's own account")
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    @GET
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(operationId = "getMe", summary = "The caller's own user")
    public MeView me() {
        return users.me(currentUser.require());
    }
}
