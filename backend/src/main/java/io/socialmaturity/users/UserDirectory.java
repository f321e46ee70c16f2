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

    /**
     * A page of the tenant's users, by name or email when {@code search} is given. The total is exact without
     * a search; with one it is the number found so far (Keycloak has no filtered count).
     */
    public io.socialmaturity.platform.web.PageResponse<DirectoryUser> list(Tenant tenant, String search,
                                                                          io.socialmaturity.platform.web.Paging paging) {
        String orgId = keycloak.organizationId(tenant.alias()).orElse(null);
        if (orgId == null) {
            return new io.socialmaturity.platform.web.PageResponse<>(java.util.List.of(), paging.page(), paging.size(), 0);
        }
        java.util.List<DirectoryUser> users = keycloak.members(orgId, search, (int) paging.offset(), paging.size()).stream()
                .map(UserDirectory::toUser).toList();
        long total = search == null || search.isBlank() ? keycloak.memberCount(orgId) : paging.offset() + users.size();
        return new io.socialmaturity.platform.web.PageResponse<>(users, paging.page(), paging.size(), total);
    }

    private static DirectoryUser toUser(KeycloakAdminClient.Member m) {
        return new DirectoryUser(m.id(), m.email(), m.displayName(), m.attribute("business_function"),
                m.enabled() == null || m.enabled());
    }

    /** The user with this id if they are a member of the tenant's organization; empty otherwise. */
    public Optional<DirectoryUser> memberOf(Tenant tenant, String userId) {
        if (userId == null || userId.isBlank() || userId.length() > 64) {
            return Optional.empty();
        }
        return keycloak.organizationId(tenant.alias())
                .flatMap(orgId -> keycloak.member(orgId, userId))
                .map(UserDirectory::toUser);
    }
}
