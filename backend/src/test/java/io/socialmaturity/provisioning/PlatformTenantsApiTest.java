package io.socialmaturity.provisioning;

import static io.socialmaturity.provisioning.PlatformTenantFixtures.*;
import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Keycloak;
import io.socialmaturity.testing.KeycloakFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Platform admins create and disable tenants (Keycloak Organization + the product's record + first admin), and link
 * a company's own identity provider; tenant admins of other tenants see and change none of it.
 */
@MicronautTest(transactional = false)
class PlatformTenantsApiTest extends ApiTest {

    @Test
    void aPlatformAdminCreatesATenantWhoseFirstAdminSignsInToIt() {
        String alias = alias("t");
        String adminEmail = "boss@" + alias + ".example";
        Map<String, Object> created = call(post(ROOT, "/api/v1/platform/tenants", newTenant(alias, adminEmail)));
        try {
            assertEquals(alias, created.get("alias"));
            assertEquals("ACTIVE", created.get("status"));
            assertEquals(List.of(alias + ".example"), created.get("domains"));
            assertEquals("technology", created.get("industry"));

            String token = signInFirstAdmin(adminEmail);
            String claims = Keycloak.claims(token);
            assertTrue(
                    claims.contains("\"organization\":[\"" + alias + "\"]") && claims.contains("\"tenant-admin\""),
                    claims);
            Map<String, Object> me = call(HttpRequest.GET("/api/v1/me").bearerAuth(token));
            assertEquals(alias, ((Map<?, ?>) me.get("tenant")).get("id"));
            // The new admin manages their own tenant only, and is not a platform admin.
            List<?> users = (List<?>)
                    call(HttpRequest.GET("/api/v1/users").bearerAuth(token)).get("items");
            assertEquals(1, users.size());
            assertProblem(
                    403, () -> call(HttpRequest.GET("/api/v1/platform/tenants").bearerAuth(token)));
            // The last (only) admin cannot be demoted.
            String adminId = (String) ((Map<?, ?>) users.get(0)).get("id");
            var last = assertProblem(
                    409,
                    () -> call(HttpRequest.PATCH("/api/v1/users/" + adminId, Map.of("roles", List.of("respondent")))
                            .bearerAuth(token)));
            assertEquals("last-admin", type(last));

            Map<String, Object> page = call(get(ROOT, "/api/v1/platform/tenants?search=" + alias));
            assertEquals(1, ((Number) page.get("total")).intValue());

            // Disabled: the admin can no longer sign in, and the token already issued is refused by the API.
            Map<String, Object> disabled = call(
                    as(ROOT, HttpRequest.PATCH("/api/v1/platform/tenants/" + alias, Map.of("status", "DISABLED"))));
            assertEquals("DISABLED", disabled.get("status"));
            assertTrue(
                    Keycloak.signIn(adminEmail, STRONG, "openid").isEmpty(), "a disabled tenant's user cannot sign in");
            assertProblem(403, () -> call(HttpRequest.GET("/api/v1/users").bearerAuth(token)));

            // Enabled again: exactly the accounts the product disabled come back.
            call(as(ROOT, HttpRequest.PATCH("/api/v1/platform/tenants/" + alias, Map.of("status", "ACTIVE"))));
            String again =
                    Keycloak.signIn(adminEmail, STRONG, "openid organization").orElseThrow();
            assertEquals(
                    200,
                    http.toBlocking()
                            .exchange(HttpRequest.GET("/api/v1/users").bearerAuth(again))
                            .code());

            // The platform's trail has each step, newest first, by the platform admin, and no person's email.
            Map<String, Object> trail = call(get(ROOT, "/api/v1/platform/audit?tenant=" + alias));
            List<?> actions = ((List<?>) trail.get("items"))
                    .stream().map(i -> ((Map<?, ?>) i).get("action")).toList();
            assertEquals(List.of("tenant.enabled", "tenant.disabled", "tenant.created"), actions);
            assertEquals(3, ((Number) trail.get("total")).intValue());
            Map<?, ?> createdEntry = (Map<?, ?>) ((List<?>) trail.get("items")).get(2);
            assertEquals(alias, createdEntry.get("tenantAlias"));
            assertEquals(Map.of("kind", "COMPANY", "domain", alias + ".example"), createdEntry.get("details"));
            assertFalse(trail.toString().contains(adminEmail), trail.toString());
            Map<String, Object> all = call(get(ROOT, "/api/v1/platform/audit?size=200"));
            assertTrue(((Number) all.get("total")).intValue() >= 3);
        } finally {
            KeycloakFixtures.userIdByEmail(adminEmail).ifPresent(KeycloakFixtures::deleteUser);
            KeycloakFixtures.deleteOrganizationsMatching(alias);
        }
    }

    @Test
    void badOrDuplicateTenantsAreRefusedAndNothingIsCreated() {
        Map<String, Object> bad = newTenant("X!", "not-an-email");
        bad.put("industry", "alchemy");
        bad.put("sizeBand", "huge");
        bad.put("country", "XX");
        var e = assertProblem(400, () -> call(post(ROOT, "/api/v1/platform/tenants", bad)));
        List<?> fields = ((List<?>) body(e).get("violations"))
                .stream().map(v -> ((Map<?, ?>) v).get("field")).toList();
        assertTrue(
                fields.containsAll(List.of("alias", "industry", "sizeBand", "country", "domain")), fields.toString());

        var firstAdmin = newTenant(alias("t"), "not-an-email");
        var fe = assertProblem(400, () -> call(post(ROOT, "/api/v1/platform/tenants", firstAdmin)));
        assertTrue(body(fe).toString().contains("firstAdmin.email"), body(fe).toString());

        var dup = assertProblem(
                409, () -> call(post(ROOT, "/api/v1/platform/tenants", newTenant("acme", "x@acme-new.example"))));
        assertEquals("alias-taken", type(dup));
        assertTrue(KeycloakFixtures.userIdByEmail("x@acme-new.example").isEmpty());
    }

    @Test
    void aFailedFirstAdminUndoesTheWholeTenant() {
        String alias = alias("t");
        // The first admin's email already has an account: Keycloak refuses it after the organization was created.
        var e = assertProblem(
                409,
                () -> call(post(ROOT, "/api/v1/platform/tenants", newTenant(alias, "marco.marketing@acme.example"))));
        assertEquals("email-taken", type(e));
        assertProblem(404, () -> call(get(ROOT, "/api/v1/platform/tenants/" + alias)));
        assertFalse(
                KeycloakFixtures.adminGet("/organizations?search=" + alias)
                        .body()
                        .contains("\"" + alias + "\""),
                "the organization was removed again");
    }

    @Test
    void onlyPlatformAdminsReachThePlatformEndpoints() {
        assertProblem(403, () -> call(get(ANNA_ADMIN, "/api/v1/platform/tenants")));
        assertProblem(
                403, () -> call(post(ANNA_ADMIN, "/api/v1/platform/tenants", newTenant(alias("t"), "a@b.example"))));
        assertProblem(
                403,
                () -> call(as(
                        ANNA_ADMIN,
                        HttpRequest.PATCH("/api/v1/platform/tenants/globex", Map.of("status", "DISABLED")))));
        assertProblem(403, () -> call(get(GINA_ADMIN, "/api/v1/platform/tenants/acme/sso")));
        assertProblem(403, () -> call(get(ANNA_ADMIN, "/api/v1/platform/audit")));
        var size = assertProblem(400, () -> call(get(ROOT, "/api/v1/platform/audit?size=0")));
        assertTrue(body(size).toString().contains("size"), body(size).toString());
        assertEquals(
                "ACTIVE", call(get(ROOT, "/api/v1/platform/tenants/globex")).get("status"));
    }

    @Test
    void aTenantAdminLinksTheCompanysIdentityProviderAndOtherTenantsSeeNothing() {
        String alias = alias("t");
        String adminEmail = "it@" + alias + ".example";
        call(post(ROOT, "/api/v1/platform/tenants", newTenant(alias, adminEmail)));
        try {
            String token = signInFirstAdmin(adminEmail);
            assertEquals(
                    "sso-not-configured",
                    type(assertProblem(
                            404,
                            () -> call(HttpRequest.GET("/api/v1/tenant/sso").bearerAuth(token)))));

            Map<String, Object> unreachable = Map.of(
                    "issuer",
                    "http://localhost:9/realms/nowhere",
                    "clientId",
                    "x",
                    "clientSecret",
                    "y",
                    "domain",
                    alias + ".example");
            var bad = assertProblem(
                    400,
                    () -> call(
                            HttpRequest.PUT("/api/v1/tenant/sso", unreachable).bearerAuth(token)));
            assertTrue(body(bad).toString().contains("issuer"), body(bad).toString());

            Map<String, Object> settings = Map.of(
                    "issuer",
                    Keycloak.URL + "/realms/company-idp",
                    "clientId",
                    "social-maturity",
                    "clientSecret",
                    "dev-only-company-idp-secret",
                    "domain",
                    alias + ".example",
                    "displayName",
                    "Corporate login");
            Map<String, Object> linked =
                    call(HttpRequest.PUT("/api/v1/tenant/sso", settings).bearerAuth(token));
            assertEquals("sso-" + alias, linked.get("alias"));
            assertEquals(Keycloak.URL + "/realms/company-idp", linked.get("issuer"));
            assertEquals(alias + ".example", linked.get("domain"));
            assertTrue(((String) linked.get("redirectUri"))
                    .endsWith("/realms/maturity/broker/sso-" + alias + "/endpoint"));
            assertFalse(linked.toString().contains("dev-only-company-idp-secret"), "the secret is never read back");
            // Keycloak has the provider, linked to the tenant's organization, redirecting by email domain.
            String idp = KeycloakFixtures.adminGet("/identity-provider/instances/sso-" + alias)
                    .body();
            assertTrue(idp.contains("\"kc.org.domain\":\"" + alias + ".example\""), idp);
            assertTrue(idp.contains("\"organizationId\""), idp);

            // Another tenant's admin has no SSO of their own and cannot reach this one.
            assertProblem(404, () -> call(get(ANNA_ADMIN, "/api/v1/tenant/sso")));
            assertProblem(404, () -> http.toBlocking().exchange(delete(ANNA_ADMIN, "/api/v1/tenant/sso")));
            assertEquals(
                    200,
                    KeycloakFixtures.adminGet("/identity-provider/instances/sso-" + alias)
                            .statusCode());

            // The platform admin sees the same link; the tenant admin unlinks it.
            assertEquals(
                    "sso-" + alias,
                    call(get(ROOT, "/api/v1/platform/tenants/" + alias + "/sso"))
                            .get("alias"));
            assertEquals(
                    204,
                    http.toBlocking()
                            .exchange(HttpRequest.DELETE("/api/v1/tenant/sso").bearerAuth(token))
                            .code());
            assertEquals(
                    404,
                    KeycloakFixtures.adminGet("/identity-provider/instances/sso-" + alias)
                            .statusCode());
            List<?> actions = ((List<?>)
                            call(HttpRequest.GET("/api/v1/audit?size=50").bearerAuth(token))
                                    .get("items"))
                    .stream().map(a -> ((Map<?, ?>) a).get("action")).toList();
            assertTrue(
                    actions.containsAll(List.of("tenant.created", "user.created", "sso.linked", "sso.unlinked")),
                    actions.toString());
        } finally {
            KeycloakFixtures.userIdByEmail(adminEmail).ifPresent(KeycloakFixtures::deleteUser);
            KeycloakFixtures.deleteIdentityProvider("sso-" + alias);
            KeycloakFixtures.deleteOrganizationsMatching(alias);
        }
    }
}
