package io.socialmaturity.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.tenant.TenantKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "me")
class MeController {

    @Get
    @Operation(summary = "The signed-in user: id, email, name, roles, business function and tenant")
    Me me(CurrentUser user) {
        return new Me(
                user.id(),
                user.email(),
                user.name(),
                user.roles().stream().sorted().toList(),
                user.businessFunction(),
                user.optionalTenant()
                        .map(t -> new Me.TenantView(t.alias(), t.name(), t.kind()))
                        .orElse(null));
    }

    @Serdeable
    record Me(
            String id,
            @Nullable String email,
            @Nullable String name,
            List<String> roles,
            @Nullable String businessFunction,
            @Nullable TenantView tenant) {

        /** {@code id} is the tenant key: the Keycloak Organization alias. */
        @Serdeable
        record TenantView(String id, String name, TenantKind kind) {}
    }
}
