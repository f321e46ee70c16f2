package io.socialmaturity.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.tenant.Tenant;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of an API request, built once per request from the validated access token by
 * {@link io.socialmaturity.platform.tenancy.TenantResolutionFilter}. Controllers take it as a parameter;
 * it is the only source of the tenant.
 *
 * <p>A {@link Principal} so that the OpenAPI document (micronaut-openapi leaves principals out of an
 * operation's parameters and body) does not list the caller as something a client sends: it comes from
 * the token. {@link #getName()} is the user id, like the token's subject.
 *
 * @param id     Keycloak user id (the token's subject)
 * @param tenant the caller's tenant; absent only for platform admins without an organization
 */
public record CurrentUser(
        String id,
        @Nullable String email,
        @Nullable String name,
        Set<String> roles,
        @Nullable String businessFunction,
        @Nullable Tenant tenant)
        implements Principal {

    /** The user id (the token's subject); {@link #name()} is the display name. */
    @Override
    public String getName() {
        return id;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Optional<Tenant> optionalTenant() {
        return Optional.ofNullable(tenant);
    }

    /** The caller's tenant; a call that needs one and has none is refused (fail closed). */
    public Tenant requireTenant() {
        if (tenant == null) {
            throw ForbiddenException.of("problem.forbidden.needs-tenant");
        }
        return tenant;
    }

    public long tenantId() {
        return requireTenant().id();
    }
}
