package io.socialmaturity.users;

import io.socialmaturity.platform.keycloak.KeycloakLookups;
import io.socialmaturity.platform.keycloak.KeycloakOrganizations;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Member;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.UserRep;
import io.socialmaturity.platform.keycloak.KeycloakUsers;
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
    private final KeycloakUsers users;

    UserDirectory(KeycloakOrganizations organizations, KeycloakLookups lookups, KeycloakUsers users) {
        this.organizations = organizations;
        this.lookups = lookups;
        this.users = users;
    }

    /** Whose account an email is: nobody's, a member of this tenant, or an account elsewhere (another tenant, none). */
    public enum EmailOwner {
        NONE,
        THIS_TENANT,
        ELSEWHERE
    }

    /** Searches Keycloak for an account with exactly this email and says whose it is. */
    public EmailOwner ownerOfEmail(Tenant tenant, String email) {
        List<UserRep> found = users.byEmail(email.strip(), true, true, 5);
        if (found.stream().noneMatch(u -> u.email() != null && u.email().equalsIgnoreCase(email.strip()))) {
            return EmailOwner.NONE;
        }
        String orgId = lookups.organizationId(tenant.alias()).orElse(null);
        for (UserRep u : found) {
            if (orgId != null
                    && u.id() != null
                    && organizations.member(orgId, u.id()).isPresent()) {
                return EmailOwner.THIS_TENANT;
            }
        }
        return EmailOwner.ELSEWHERE;
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

    /**
     * The tenant's enabled admins (at most {@code max}), e.g. to tell them of something that went wrong unattended:
     * the users marked {@code admin_of=<alias>} (one search scoped to this tenant), each verified as a member holding
     * tenant-admin now. Costs one search and two checks per candidate.
     */
    public List<DirectoryUser> admins(Tenant tenant, int max) {
        String orgId = lookups.organizationId(tenant.alias()).orElse(null);
        if (orgId == null) {
            return List.of();
        }
        List<DirectoryUser> found = new java.util.ArrayList<>();
        for (UserRep u : users.searchByAttribute("admin_of:" + tenant.alias(), true, true, false, 0, 100)) {
            if (found.size() >= max) {
                break;
            }
            List<String> adminOf =
                    u.attributes() == null ? null : u.attributes().get("admin_of");
            if (u.id() == null || adminOf == null || !adminOf.contains(tenant.alias())) {
                continue;
            }
            Optional<Member> member = organizations.member(orgId, u.id());
            if (member.isEmpty()
                    || Boolean.FALSE.equals(member.get().enabled())
                    || users.realmRoles(u.id()).stream()
                            .noneMatch(r -> io.socialmaturity.platform.security.Roles.TENANT_ADMIN.equals(r.name()))) {
                continue;
            }
            found.add(toUser(member.get()));
        }
        return List.copyOf(found);
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
