package io.socialmaturity.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The tenant's users as Keycloak knows them (members of the tenant's organization), for tenant admins. */
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.TENANT_ADMIN)
@Tag(name = "users")
class UsersController {

    private final UserDirectory directory;

    UsersController(UserDirectory directory) {
        this.directory = directory;
    }

    @Get
    @Operation(summary = "The tenant's users, paged, searchable by name or email (tenant admins)")
    PageResponse<UserView> list(CurrentUser user, @Nullable @QueryValue String search, @Nullable @QueryValue Integer page,
                                @Nullable @QueryValue Integer size) {
        if (search != null && search.length() > 100) {
            throw ProblemException.badRequest("search", "must be at most 100 characters");
        }
        return directory.list(user.requireTenant(), search, Paging.of(page, size))
                .map(u -> new UserView(u.id(), u.email(), u.displayName(), u.businessFunction(), u.enabled()));
    }

    @Serdeable
    record UserView(String id, @Nullable String email, String name, @Nullable String businessFunction, boolean enabled) {
    }
}
