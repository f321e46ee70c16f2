package io.socialmaturity.users;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's company sign-in: its own OpenID Connect identity provider and email domain (tenant admins). */
@Controller("/api/v1/tenant/sso")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.TENANT_ADMIN)
@Tag(name = "company sign-in")
class CompanySsoController {

    private final CompanySso sso;

    CompanySsoController(CompanySso sso) {
        this.sso = sso;
    }

    @Get
    @Operation(summary = "The company's linked identity provider (404 sso-not-configured when none)")
    CompanySso.SsoView get(CurrentUser user) {
        return sso.get(user.requireTenant());
    }

    @Put
    @Operation(summary = "Link the company's OpenID Connect identity provider and email domain, or change the link")
    CompanySso.SsoView put(CurrentUser user, @Body CompanySso.SsoSettings body) {
        return sso.put(user, user.requireTenant(), body);
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlink the company's identity provider")
    void delete(CurrentUser user) {
        sso.delete(user, user.requireTenant());
    }
}
