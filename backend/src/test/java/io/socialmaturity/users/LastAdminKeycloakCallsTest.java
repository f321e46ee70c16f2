package io.socialmaturity.users;

import static io.socialmaturity.testing.DemoUsers.ANNA_ADMIN;
import static io.socialmaturity.testing.DemoUsers.ANNA_ID;
import static io.socialmaturity.testing.DemoUsers.GINA_ADMIN;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.UserRep;
import io.socialmaturity.platform.keycloak.KeycloakUsers;
import io.socialmaturity.platform.keycloak.ServiceAccountFilter;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.KeycloakFixtures;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the last-admin check costs in Keycloak Admin API calls, counted by the filter every call passes: it follows
 * the tenant's admins, never the realm's. It used to read every holder of tenant-admin in the realm (every admin of
 * every tenant); now it searches the tenant's {@code admin_of} candidates and verifies one.
 */
@MicronautTest(transactional = false)
class LastAdminKeycloakCallsTest extends ApiTest {

    private static final String STRONG = "correct-horse-battery-9";

    @Inject
    ServiceAccountFilter keycloak;

    @Inject
    KeycloakUsers users;

    private static Map<String, Object> newUser(String email, List<String> roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("firstName", "Lena");
        body.put("lastName", "Last");
        body.put("businessFunction", "it");
        body.put("roles", roles);
        body.put("onboarding", "PASSWORD");
        body.put("initialPassword", STRONG);
        body.put("temporaryPassword", false);
        return body;
    }

    private static String unique(String prefix, String domain) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
    }

    /** Anna, acme's only admin, tries to give up tenant-admin: refused, and the Keycloak calls it took. */
    private List<String> lastAdminRefusal() {
        long before = keycloak.calls();
        assertEquals(
                "last-admin",
                type(assertProblem(
                        409,
                        () -> call(as(
                                ANNA_ADMIN,
                                HttpRequest.PATCH(
                                        "/api/v1/users/" + ANNA_ID, Map.of("roles", List.of("respondent"))))))));
        List<String> calls = keycloak.lastCalls((int) (keycloak.calls() - before));
        System.out.printf("last-admin refusal: %d Keycloak calls %s%n", calls.size(), calls);
        return calls;
    }

    @Test
    void theLastAdminCheckCostsTheSameWhenAnotherTenantGetsMoreAdmins() {
        lastAdminRefusal(); // warms the alias -> organization id cache
        List<String> before = lastAdminRefusal();
        assertTrue(
                before.stream().noneMatch(c -> c.contains("/roles/")),
                "no read of a role's holders across the realm: " + before);

        List<String> created = new ArrayList<>();
        try {
            // Globex gets three more admins through the product, and another organization two granted in Keycloak.
            for (int i = 0; i < 3; i++) {
                created.add((String) call(post(
                                GINA_ADMIN,
                                "/api/v1/users",
                                newUser(unique("admin", "globex.example"), List.of("tenant-admin"))))
                        .get("id"));
            }
            String other = KeycloakFixtures.ensureOrganization("lastadmin-other", "Last Admin Other");
            for (int i = 0; i < 2; i++) {
                String id = KeycloakFixtures.ensureMember(other, unique("admin", "lastadmin-other.example"), "it");
                created.add(id);
                KeycloakFixtures.ensureRealmRole(id, "tenant-admin");
            }

            List<String> after = lastAdminRefusal();
            assertEquals(before.size(), after.size(), "calls before " + before + " and after " + after);
            // the page, the roles, the organizations of the user, and the check: one search of acme's candidates
            // plus, per candidate other than the user, its membership and roles (acme has none here)
            assertEquals(
                    1,
                    after.stream()
                            .filter(c -> c.contains("/users?") || c.endsWith("/users"))
                            .count(),
                    "one tenant-scoped candidate search: " + after);
        } finally {
            created.forEach(KeycloakFixtures::deleteUser);
        }
    }

    @Test
    void aDriftedAttributeNeverLetsTheLastRealAdminGoAndAnUnmarkedAdminMakesTheCheckStricter() {
        // A respondent marked admin_of=acme outside the product, without the role: found, verified, not counted.
        String marked = (String) call(post(
                        ANNA_ADMIN, "/api/v1/users", newUser(unique("marked", "acme.example"), List.of("respondent"))))
                .get("id");
        // An admin granted in Keycloak without the attribute: not a candidate, so not counted either.
        String unmarked = (String) call(post(
                        ANNA_ADMIN,
                        "/api/v1/users",
                        newUser(unique("unmarked", "acme.example"), List.of("respondent"))))
                .get("id");
        try {
            UserRep user = users.user(marked).orElseThrow();
            Map<String, List<String>> attributes = new HashMap<>(user.attributes());
            attributes.put("admin_of", List.of("acme"));
            users.update(
                    marked,
                    new UserRep(
                            user.id(),
                            user.username(),
                            user.email(),
                            user.firstName(),
                            user.lastName(),
                            user.enabled(),
                            user.emailVerified(),
                            null,
                            user.requiredActions(),
                            attributes));
            KeycloakFixtures.ensureRealmRole(unmarked, "tenant-admin");

            List<String> calls = lastAdminRefusal();
            assertTrue(
                    calls.stream().anyMatch(c -> c.contains("/members/" + marked)),
                    "the marked candidate was verified: " + calls);
            assertTrue(
                    ((List<?>) call(get(ANNA_ADMIN, "/api/v1/users/" + ANNA_ID)).get("roles"))
                            .contains("tenant-admin"));
        } finally {
            KeycloakFixtures.deleteUser(marked);
            KeycloakFixtures.deleteUser(unmarked);
        }
    }

    @Test
    void theProductMarksTheAdminsItMakesAndUnmarksThemWhenTheRoleGoes() {
        String id = (String) call(post(
                        ANNA_ADMIN, "/api/v1/users", newUser(unique("mark", "acme.example"), List.of("tenant-admin"))))
                .get("id");
        try {
            assertEquals(
                    List.of("acme"), users.user(id).orElseThrow().attributes().get("admin_of"));
            call(as(ANNA_ADMIN, HttpRequest.PATCH("/api/v1/users/" + id, Map.of("roles", List.of("respondent")))));
            assertNull(users.user(id).orElseThrow().attributes().get("admin_of"));
            call(as(
                    ANNA_ADMIN,
                    HttpRequest.PATCH("/api/v1/users/" + id, Map.of("roles", List.of("respondent", "tenant-admin")))));
            assertEquals(
                    List.of("acme"), users.user(id).orElseThrow().attributes().get("admin_of"));
        } finally {
            KeycloakFixtures.deleteUser(id);
        }
    }
}
