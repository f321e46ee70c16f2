package io.socialmaturity.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The tenant's users (members of the tenant's Keycloak Organization), managed by its tenant admins. The tenant is
 * the caller's, from the token; a user id of another tenant is 404. The bodies are {@link UserCommands}, checked by
 * the service together with the rules that need the tenant, so one problem names every offending field.
 */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.TENANT_ADMIN)
@Tag(name = "users")
class UsersController {

    private final UserAdministration users;

    UsersController(UserAdministration users) {
        this.users = users;
    }

    @Get
    @Operation(summary = "The tenant's users, paged, searchable by name or email, with roles and status")
    PageResponse<UserAdministration.ManagedUser> list(
            CurrentUser user,
            @Nullable @QueryValue String search,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        if (search != null && search.length() > 100) {
            throw InvalidException.field("search", "violation.search-length", 100);
        }
        return users.list(user.requireTenant(), search, Paging.of(page, size));
    }

    @Get("/{id}")
    @Operation(summary = "One user of the tenant")
    UserAdministration.ManagedUser get(CurrentUser user, @PathVariable String id) {
        return users.get(user.requireTenant(), id);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a user in the tenant: an invitation email, or an initial password")
    UserAdministration.ManagedUser create(CurrentUser user, @Body UserCommands.NewUser body) {
        return users.create(user, user.requireTenant(), body);
    }

    @Patch("/{id}")
    @Operation(summary = "Change a user's names, roles, business function, or enable/disable them")
    UserAdministration.ManagedUser update(
            CurrentUser user, @PathVariable String id, @Body UserCommands.UserChanges body) {
        return users.update(user, user.requireTenant(), id, body);
    }

    @Post("/{id}/invitation")
    @Operation(summary = "Send the invitation email again (set a password, verify the email)")
    HttpResponse<Void> resendInvitation(CurrentUser user, @PathVariable String id) {
        users.resendInvitation(user, user.requireTenant(), id);
        return HttpResponse.accepted();
    }

    @Post("/{id}/erase")
    @Operation(
            summary = "Erase a person (GDPR): remove them if they are still a member, delete their account unless"
                    + " another tenant has it, and replace their name, email and id by a pseudonym in the tenant's"
                    + " data; results stay the same")
    UserAdministration.Erasure erase(CurrentUser user, @PathVariable String id) {
        return users.erase(user, user.requireTenant(), id);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a user from the tenant (the account is deleted unless another tenant has it too)")
    void remove(CurrentUser user, @PathVariable String id) {
        users.remove(user, user.requireTenant(), id);
    }
}
