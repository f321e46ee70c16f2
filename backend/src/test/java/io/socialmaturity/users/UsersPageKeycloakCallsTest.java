package io.socialmaturity.users;

import static io.socialmaturity.testing.DemoUsers.ANNA_ADMIN;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.platform.keycloak.ServiceAccountFilter;
import io.socialmaturity.testing.ApiTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a page of the Users screen costs in Keycloak Admin API calls, counted by the filter every call passes: the
 * same for one user as for all of them (it used to be 2 + 2 per user: each user's realm roles and organizations).
 */
@MicronautTest(transactional = false)
class UsersPageKeycloakCallsTest extends ApiTest {

    @Inject
    ServiceAccountFilter keycloak;

    private long callsFor(int size) {
        long before = keycloak.calls();
        Map<String, Object> page = call(get(ANNA_ADMIN, "/api/v1/users?size=" + size));
        long calls = keycloak.calls() - before;
        System.out.printf(
                "users page of %d (%d shown): %d Keycloak calls%n", size, ((List<?>) page.get("items")).size(), calls);
        return calls;
    }

    @Test
    void aUsersPageCostsTheSameNumberOfKeycloakCallsWhateverItsSize() {
        callsFor(1); // warms the alias -> organization id cache
        long one = callsFor(1);
        Map<String, Object> all = call(get(ANNA_ADMIN, "/api/v1/users?size=200"));
        int members = ((List<?>) all.get("items")).size();
        assertTrue(members >= 3, "acme has several users: " + members);
        long many = callsFor(200);
        long some = callsFor(2);
        assertEquals(one, many, "calls for 1 user vs " + members);
        assertEquals(one, some);
        // before: 2 + 2 per user, 42 for the screen's page of 20; now: the page, the count, one list per product role,
        // the organizations and one member list per other organization (1000 ids a call)
        assertTrue(one < 2 + 2 * 20, one + " calls for a page, whatever its size");
    }

    @Test
    void rolesAndSharedAccountsAreStillRightWithoutAskingPerUser() {
        Map<String, Object> page = call(get(ANNA_ADMIN, "/api/v1/users?size=200"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        for (Map<String, Object> listed : items) {
            Map<String, Object> one = call(get(ANNA_ADMIN, "/api/v1/users/" + listed.get("id")));
            assertEquals(one.get("roles"), listed.get("roles"), "roles of " + listed.get("email"));
            assertEquals(one.get("otherTenants"), listed.get("otherTenants"), "otherTenants of " + listed.get("email"));
        }
        assertTrue(items.stream().anyMatch(u -> ((List<?>) u.get("roles")).contains("tenant-admin")));
    }
}
