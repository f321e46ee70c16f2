package io.socialmaturity.platform.keycloak;

import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Member;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Organization;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Role;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.UserRep;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * What the Admin API does not answer in one call: an organization by alias (aliases are immutable, so alias → id is
 * cached), a role's representation (cached), the id of a created resource, and whole id lists (a role's holders, an
 * organization's members) read in pages of {@value #PAGE} so that callers intersect sets instead of asking per user.
 */
@Singleton
public class KeycloakLookups {

    static final int PAGE = 1000;
    static final int CANDIDATES = 100;

    private final KeycloakOrganizations organizations;
    private final KeycloakUsers users;
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();
    private final Map<String, Role> roles = new ConcurrentHashMap<>();

    KeycloakLookups(KeycloakOrganizations organizations, KeycloakUsers users) {
        this.organizations = organizations;
        this.users = users;
    }

    /** The id of the organization with this alias. */
    public Optional<String> organizationId(String alias) {
        String cached = organizationIds.get(alias);
        if (cached != null) {
            return Optional.of(cached);
        }
        return organization(alias).map(o -> {
            organizationIds.put(alias, o.id());
            return o.id();
        });
    }

    /** The organization with exactly this alias (Keycloak's search also matches parts of names). */
    public Optional<Organization> organization(String alias) {
        return organizations.search(alias, false, 0, 100).stream()
                .filter(o -> alias.equals(o.alias()))
                .findFirst();
    }

    /** Creates an organization and returns its id; a taken alias or domain is an {@code identity-conflict}. */
    public String createOrganization(Organization organization) {
        String id = KeycloakRepresentations.createdId(organizations.create(organization));
        organizationIds.put(organization.alias(), id);
        return id;
    }

    public void deleteOrganization(String organizationId) {
        organizationIds.values().removeIf(organizationId::equals);
        organizations.delete(organizationId);
    }

    /** Creates a user and returns its id; an email or username in use is an {@code identity-conflict}. */
    public String createUser(UserRep user) {
        return KeycloakRepresentations.createdId(users.create(user));
    }

    /** The realm roles with these names, as the role-mapping endpoints take them. */
    public List<Role> roles(Collection<String> names) {
        List<Role> reps = new ArrayList<>();
        for (String name : names) {
            reps.add(roles.computeIfAbsent(
                    name,
                    n -> users.role(n)
                            .orElseThrow(() -> new IllegalStateException("realm role missing in Keycloak: " + n))));
        }
        return reps;
    }

    /** Every user holding this realm role directly (brief: ids and enabled flags). */
    public List<UserRep> roleHolders(String role) {
        return all(first -> users.roleHolders(role, first, PAGE, true));
    }

    /**
     * The first enabled user whose attribute {@code name} has exactly the value {@code value} (Keycloak's {@code q}
     * search, one indexed query a page of {@value #CANDIDATES}) and who passes {@code test}; pages are read only until
     * one passes, so the cost follows the users carrying that value, not the realm.
     */
    public Optional<UserRep> firstWithAttribute(String name, String value, Predicate<UserRep> test) {
        for (int first = 0; ; first += CANDIDATES) {
            List<UserRep> page = users.searchByAttribute(name + ":" + value, true, true, false, first, CANDIDATES);
            for (UserRep user : page) {
                List<String> values =
                        user.attributes() == null ? null : user.attributes().get(name);
                if (values != null
                        && values.contains(value)
                        && !Boolean.FALSE.equals(user.enabled())
                        && test.test(user)) {
                    return Optional.of(user);
                }
            }
            if (page.size() < CANDIDATES) {
                return Optional.empty();
            }
        }
    }

    /** The ids of every member of the organization. */
    public Set<String> memberIds(String organizationId) {
        Set<String> ids = new HashSet<>();
        for (Member m : all(first -> organizations.members(organizationId, null, first, PAGE, true))) {
            ids.add(m.id());
        }
        return ids;
    }

    /** Every organization of the realm (brief). */
    public List<Organization> allOrganizations() {
        return all(first -> organizations.search(null, true, first, PAGE));
    }

    private static <T> List<T> all(IntFunction<List<T>> page) {
        List<T> result = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<T> items = page.apply(first);
            result.addAll(items);
            if (items.size() < PAGE) {
                return result;
            }
        }
    }
}
