package io.socialmaturity.users;

import io.socialmaturity.platform.keycloak.KeycloakLookups;
import io.socialmaturity.platform.keycloak.KeycloakOrganizations;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Member;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.tenant.Tenant;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The users feature's public face for other features: who belongs to a tenant. */
@Singleton
public class UserDirectory {

    private final KeycloakOrganizations organizations;
    private final KeycloakLookups lookups;

    UserDirectory(KeycloakOrganizations organizations, KeycloakLookups lookups) {
        this.organizations = organizations;
        this.lookups = lookups;
    }

    /**
     * A page of the tenant's users, by name or email when {@code search} is given. The total is exact without
     * a search; with one it is the number found so far (Keycloak has no filtered count).
     */
    public PageResponse<DirectoryUser> list(Tenant tenant, String search, Paging paging) {
        return members(tenant, search, paging).map(UserDirectory::toUser);
    }

    /** Two Admin API calls whatever the page size: the page of members (one more, to know of a next page) and the count. */
    PageResponse<Member> members(Tenant tenant, String search, Paging paging) {
        String orgId = lookups.organizationId(tenant.alias()).orElse(null);
        if (orgId == null) {
            return new PageResponse<>(List.of(), paging.page(), paging.size(), 0);
        }
        boolean searching = search != null && !search.isBlank();
        List<Member> found = organizations.members(
                orgId, searching ? search : null, (int) paging.offset(), paging.size() + 1, false);
        List<Member> page = found.size() > paging.size() ? found.subList(0, paging.size()) : found;
        long total = searching ? paging.offset() + found.size() : organizations.memberCount(orgId);
        return new PageResponse<>(page, paging.page(), paging.size(), total);
    }

    static DirectoryUser toUser(Member m) {
        return new DirectoryUser(
                m.id(),
                m.email(),
                displayName(m.firstName(), m.lastName(), m.email(), m.username()),
                attribute(m.attributes(), "business_function"),
                m.enabled() == null || m.enabled(),
                attribute(m.attributes(), "locale"));
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

    Optional<Member> member(Tenant tenant, String userId) {
        if (userId == null || userId.isBlank() || userId.length() > 64) {
            return Optional.empty();
        }
        return lookups.organizationId(tenant.alias()).flatMap(orgId -> organizations.member(orgId, userId));
    }
}
