package io.socialmaturity.users;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tenant's users from Keycloak, for tenant admins only, and only their own tenant's. */
@MicronautTest(transactional = false)
class UsersApiTest extends ApiTest {

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    @Test
    void aTenantAdminListsHerTenantsUsersWithTheirBusinessFunction() {
        Map<String, Object> page = call(get(ANNA_ADMIN, "/api/v1/users?size=200"));
        Map<String, Object> byId = items(page).stream().collect(Collectors.toMap(u -> (String) u.get("id"), u -> u));
        assertEquals("marketing", ((Map<?, ?>) byId.get(MARCO_ID)).get("businessFunction"));
        assertEquals("it", ((Map<?, ?>) byId.get(IVAN_ID)).get("businessFunction"));
        assertEquals("Marco Marketing", ((Map<?, ?>) byId.get(MARCO_ID)).get("name"));
        assertFalse(byId.containsKey(GINA_ID));
        assertFalse(byId.containsKey(GIORGIO_ID));
        assertTrue(((Number) page.get("total")).longValue() >= 3);
    }

    @Test
    void searchFindsByNameOrEmail() {
        List<Map<String, Object>> found = items(call(get(ANNA_ADMIN, "/api/v1/users?search=marco")));
        assertEquals(List.of(MARCO_ID), found.stream().map(u -> u.get("id")).toList());
    }

    @Test
    void anotherTenantSeesOnlyItsOwnPeople() {
        List<Object> ids = items(call(get(GINA_ADMIN, "/api/v1/users?size=200"))).stream()
                .map(u -> u.get("id"))
                .toList();
        assertTrue(ids.contains(GIORGIO_ID));
        assertFalse(ids.contains(MARCO_ID));
        assertFalse(ids.contains(ANNA_ID));
        assertEquals(List.of(), items(call(get(GINA_ADMIN, "/api/v1/users?search=marco"))));
    }

    @Test
    void onlyTenantAdminsAndValidInput() {
        assertProblem(403, () -> http.toBlocking().exchange(get(MARCO_MARKETING, "/api/v1/users")));
        assertProblem(403, () -> http.toBlocking().exchange(get(CARLA_CONSULTANT, "/api/v1/users")));
        assertProblem(401, () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/users")));
        assertProblem(400, () -> http.toBlocking().exchange(get(ANNA_ADMIN, "/api/v1/users?size=0")));
        assertProblem(
                400, () -> http.toBlocking().exchange(get(ANNA_ADMIN, "/api/v1/users?search=" + "x".repeat(101))));
    }
}
