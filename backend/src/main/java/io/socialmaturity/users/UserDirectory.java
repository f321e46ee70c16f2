package io.socialmaturity.users;

import io.socialmaturity.tenant.Tenant;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The users feature's public face for other features: who belongs to a tenant. */
@Singleton
public class UserDirectory {

    private final KeycloakAdminClient keycloak;

    UserDirectory(KeycloakAdminClient keycloak) {
        this.keycloak = keycloak;
    }

    /** The user with this id if they are a member of the tenant's organization; empty otherwise. */
    public Optional<DirectoryUser> memberOf(Tenant tenant, String userId) {
        if (userId == null || userId.isBlank() || userId.length() > 64) {
            return Optional.empty();
        }
        return keycloak.organizationId(tenant.alias())
                .flatMap(orgId -> keycloak.member(orgId, userId))
                .map(m -> new DirectoryUser(m.id(), m.email(), m.displayName(), m.attribute("business_function"),
                        m.enabled() == null || m.enabled()));
    }
}
