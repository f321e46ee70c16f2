package io.socialmaturity.users;

import io.socialmaturity.platform.keycloak.KeycloakAdmin;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.tenant.Tenant;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The users feature's public face for other features: who belongs to a tenant. */
@Singleton
public class UserDirectory {

    private final KeycloakAdmin keycloak;

    UserDirectory(KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
    }

    /**
     * A page of the tenant's users, by name or email when {@code search} is given. The total is exact without
     * a search; with one it is the number found so far (Keycloak has no filtered count).
     */
    public PageResponse<DirectoryUser> list(Tenant tenant, String search, Paging paging) {
        return members(tenant, search, paging).map(UserDirectory::toUser);
    }

    PageResponse<KeycloakAdmin.Member> members(Tenant tenant, String search, Paging paging) {
        String orgId = keycloak.organizationId(tenant.alias()).orElse(null);
        if (orgId == null) {
            return new PageResponse<>(List.of(), paging.page(), paging.size(), 0);
        }
        // One more than the page tells whether a further page exists when searching (no filtered count).
        List<KeycloakAdmin.Member> found = keycloak.members(orgId, search, (int) paging.offset(), paging.size() + 1);
        List<KeycloakAdmin.Member> page = found.size() > paging.size() ? found.subList(0, paging.size()) : found;
        long total = search == null || search.isBlank() ? keycloak.memberCount(orgId)
                : paging.offset() + found.size();
        return new PageResponse<>(page, paging.page(), paging.size(), total);
    }

    static DirectoryUser toUser(KeycloakAdmin.Member m) {
        return new DirectoryUser(m.id(), m.email(), displayName(m.firstName(), m.lastName(), m.email(), m.username()),
                attribute(m.attributes(), "business_function"), m.enabled() == null || m.enabled());
    }

    static String displayName(String first, String last, String email, String username) {
        String n = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        return n.isEmpty() ? (email != null ? email : username) : n;
    }

    static String attribute(java.util.Map<String, List<String>> attributes, String name) {
        List<String> values = attributes == null ? null : attributes.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The user with this id if they are a member of the tenant's organization; empty otherwise. */
    public Optional<DirectoryUser> memberOf(Tenant tenant, String userId) {
        return member(tenant, userId).map(UserDirectory::toUser);
    }

    Optional<KeycloakAdmin.Member> member(Tenant tenant, String userId) {
        if (userId == null || userId.isBlank() || userId.length() > 64) {
            return Optional.empty();
        }
        return keycloak.organizationId(tenant.alias()).flatMap(orgId -> keycloak.member(orgId, userId));
    }
}
