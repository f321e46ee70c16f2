package io.socialmaturity.provisioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import io.socialmaturity.users.CompanySso;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Platform administration of tenants (platform admins only; they need no tenant of their own). */
@Controller("/api/v1/platform/tenants")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PLATFORM_ADMIN)
@Tag(name = "platform")
class PlatformTenantsController {

    private final TenantProvisioning provisioning;
    private final CompanySso sso;

    PlatformTenantsController(TenantProvisioning provisioning, CompanySso sso) {
        this.provisioning = provisioning;
        this.sso = sso;
    }

    @Get
    @Operation(summary = "Tenants, by name, searchable by alias or name")
    PageResponse<TenantProvisioning.TenantView> list(
            @Nullable @QueryValue String search,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        if (search != null && search.length() > 100) {
            throw InvalidException.field("search", "violation.search-length", 100);
        }
        return provisioning.list(search, Paging.of(page, size));
    }

    @Get("/{alias}")
    TenantProvisioning.TenantView get(@PathVariable String alias) {
        return provisioning.get(alias);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a tenant: Keycloak organization, the product's record and its first tenant admin")
    TenantProvisioning.TenantView create(CurrentUser user, @Body TenantProvisioning.NewTenant body) {
        return provisioning.create(user, body);
    }

    @Patch("/{alias}")
    @Operation(summary = "Change a tenant's details; status DISABLED stops its users signing in and calling the API")
    TenantProvisioning.TenantView update(
            CurrentUser user, @PathVariable String alias, @Body TenantProvisioning.TenantChanges body) {
        return provisioning.update(user, alias, body);
    }

    @Delete("/{alias}")
    @Status(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Request a tenant's deletion",
            description = "The tenant is disabled at once and deleted after the grace period"
                    + " (`maturity.tenant-deletion.grace`, 30 days by default; `deletionDueAt` in the answer): every"
                    + " row of it, its Keycloak organization, the identity providers linked to it and the accounts"
                    + " that belong to no other organization. Until then `POST …/restore` cancels it. A second"
                    + " request while one is pending is a 409 `tenant-deletion-pending`.")
    TenantProvisioning.TenantView delete(CurrentUser user, @PathVariable String alias) {
        return provisioning.requestDeletion(user, alias);
    }

    @Post("/{alias}/restore")
    @Operation(
            summary = "Cancel a pending deletion",
            description = "The tenant is enabled again, unless it was disabled before the deletion was requested."
                    + " Without a pending deletion: 409 `tenant-deletion-none`.")
    TenantProvisioning.TenantView restore(CurrentUser user, @PathVariable String alias) {
        return provisioning.restore(user, alias);
    }

    @Get("/{alias}/sso")
    CompanySso.SsoView getSso(@PathVariable String alias) {
        return sso.get(provisioning.require(alias));
    }

    @Put("/{alias}/sso")
    CompanySso.SsoView putSso(CurrentUser user, @PathVariable String alias, @Body CompanySso.SsoSettings body) {
        return sso.put(user, provisioning.require(alias), body);
    }

    @Delete("/{alias}/sso")
    @Status(HttpStatus.NO_CONTENT)
    void deleteSso(CurrentUser user, @PathVariable String alias) {
        sso.delete(user, provisioning.require(alias));
    }
}
