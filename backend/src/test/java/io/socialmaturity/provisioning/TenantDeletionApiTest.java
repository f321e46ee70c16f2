package io.socialmaturity.provisioning;

import static io.socialmaturity.provisioning.PlatformTenantFixtures.*;
import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Keycloak;
import io.socialmaturity.testing.KeycloakFixtures;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A platform admin deletes a tenant: it is disabled at once and restorable during the grace period; after it, the
 * purge leaves no row with the tenant's id and nothing of it in Keycloak, but keeps the accounts it shares.
 */
@MicronautTest(transactional = false)
class TenantDeletionApiTest extends ApiTest {

    @Inject
    TenantPurgeJob purgeJob;

    @Inject
    TransactionOperations<Connection> tx;

    private long tenantId(String alias) {
        return tx.executeRead(status -> {
            try (PreparedStatement s =
                    status.getConnection().prepareStatement("SELECT id FROM tenant WHERE alias = ?")) {
                s.setString(1, alias);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Every table and tenant column where a row still holds this tenant's id, as "table.column=count". */
    private List<String> rowsOf(long tenantId) {
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            List<String> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = DATABASE() AND column_name IN ('tenant_id', 'company_tenant_id',
                        'consultancy_tenant_id', 'company_id')""");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String column = rs.getString(2);
                    try (PreparedStatement count =
                            c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
                        count.setLong(1, tenantId);
                        try (ResultSet n = count.executeQuery()) {
                            n.next();
                            if (n.getLong(1) > 0) {
                                found.add(table + "." + column + "=" + n.getLong(1));
                            }
                        }
                    }
                }
                try (PreparedStatement t = c.prepareStatement("SELECT COUNT(*) FROM tenant WHERE id = ?")) {
                    t.setLong(1, tenantId);
                    try (ResultSet n = t.executeQuery()) {
                        n.next();
                        if (n.getLong(1) > 0) {
                            found.add("tenant.id=1");
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return found;
        });
    }

    private static List<String> actions(Map<String, Object> trail) {
        return ((List<?>) trail.get("items"))
                .stream().map(i -> (String) ((Map<?, ?>) i).get("action")).toList();
    }

    @Test
    void aDeletionDisablesTheTenantAtOnceAndARestoreUndoesIt() {
        String alias = alias("d");
        String adminEmail = "boss@" + alias + ".example";
        call(post(ROOT, "/api/v1/platform/tenants", newTenant(alias, adminEmail)));
        try {
            String token = signInFirstAdmin(adminEmail);
            assertEquals(
                    200,
                    http.toBlocking()
                            .exchange(HttpRequest.GET("/api/v1/users").bearerAuth(token))
                            .code());

            Instant before = Instant.now();
            var requested = http.toBlocking().exchange(delete(ROOT, "/api/v1/platform/tenants/" + alias), Map.class);
            assertEquals(202, requested.code());
            Map<?, ?> view = requested.body();
            assertEquals("DISABLED", view.get("status"));
            Instant due = Instant.parse((String) view.get("deletionDueAt"));
            assertTrue(
                    Math.abs(Duration.between(before.plus(Duration.ofDays(30)), due)
                                    .toMinutes())
                            < 5,
                    "due in 30 days: " + due);
            assertTrue(Keycloak.signIn(adminEmail, STRONG, "openid").isEmpty(), "its users cannot sign in");
            assertProblem(403, () -> call(HttpRequest.GET("/api/v1/users").bearerAuth(token)));
            assertEquals(
                    due.toString(),
                    Instant.parse((String) ((Map<?, ?>)
                                            ((List<?>) call(get(ROOT, "/api/v1/platform/tenants?search=" + alias))
                                                            .get("items"))
                                                    .get(0))
                                    .get("deletionDueAt"))
                            .toString());

            // A second request, or enabling it, while the grace period runs: 409.
            HttpClientResponseException again =
                    assertProblem(409, () -> call(delete(ROOT, "/api/v1/platform/tenants/" + alias)));
            assertEquals("tenant-deletion-pending", type(again));
            assertEquals(
                    due.toString(),
                    Instant.parse((String) ((Map<?, ?>) body(again).get("extra")).get("deletionDueAt"))
                            .toString());
            assertEquals(
                    "tenant-deletion-pending",
                    type(assertProblem(
                            409,
                            () -> call(as(
                                    ROOT,
                                    HttpRequest.PATCH(
                                            "/api/v1/platform/tenants/" + alias, Map.of("status", "ACTIVE")))))));
            // Only platform admins.
            assertProblem(403, () -> call(delete(ANNA_ADMIN, "/api/v1/platform/tenants/globex")));
            assertProblem(
                    403, () -> call(post(ANNA_ADMIN, "/api/v1/platform/tenants/" + alias + "/restore", Map.of())));
            assertProblem(404, () -> call(delete(ROOT, "/api/v1/platform/tenants/no-such-tenant")));
            assertEquals(
                    "ACTIVE", call(get(ROOT, "/api/v1/platform/tenants/globex")).get("status"));

            // Restored: active again, its admin signs in; the purge after the due date leaves it alone.
            Map<String, Object> restored = call(post(ROOT, "/api/v1/platform/tenants/" + alias + "/restore", Map.of()));
            assertEquals("ACTIVE", restored.get("status"));
            assertNull(restored.get("deletionDueAt"));
            assertTrue(
                    Keycloak.signIn(adminEmail, STRONG, "openid organization").isPresent());
            assertEquals(
                    "tenant-deletion-none",
                    type(assertProblem(
                            409, () -> call(post(ROOT, "/api/v1/platform/tenants/" + alias + "/restore", Map.of())))));
            assertFalse(
                    purgeJob.purgeDue(Instant.now().plus(Duration.ofDays(31))).contains(alias));
            assertEquals(
                    "ACTIVE",
                    call(get(ROOT, "/api/v1/platform/tenants/" + alias)).get("status"));

            List<String> trail = actions(call(get(ROOT, "/api/v1/platform/audit?tenant=" + alias)));
            assertEquals(
                    List.of("tenant.restored", "tenant.enabled", "tenant.deletion-requested", "tenant.disabled"),
                    trail.subList(0, 4));
        } finally {
            KeycloakFixtures.userIdByEmail(adminEmail).ifPresent(KeycloakFixtures::deleteUser);
            KeycloakFixtures.deleteOrganizationsMatching(alias);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterTheGracePeriodNothingOfTheTenantRemainsButTheAccountsItShares() {
        String alias = alias("d");
        String adminEmail = "boss@" + alias + ".example";
        String soloEmail = "solo@" + alias + ".example";
        String sharedEmail = "shared@" + alias + ".example";
        call(post(ROOT, "/api/v1/platform/tenants", newTenant(alias, adminEmail)));
        String acmeOrg = KeycloakFixtures.ensureOrganization("acme", "Acme");
        try {
            String token = signInFirstAdmin(adminEmail);
            String orgId = KeycloakFixtures.ensureOrganization(alias, "Tenant " + alias);
            String soloId = KeycloakFixtures.ensureMember(orgId, soloEmail, "marketing");
            String sharedId = KeycloakFixtures.ensureMember(orgId, sharedEmail, "it");
            KeycloakFixtures.ensureMember(acmeOrg, sharedEmail, "it");
            long tenantId = tenantId(alias);

            // Data in many tables: a closed assessment with answers (results, benchmark), an API client, SSO.
            long id = ((Number) call(bearer(token, HttpRequest.POST("/api/v1/assessments", Map.of("title", "Doomed"))))
                            .get("id"))
                    .longValue();
            call(bearer(
                    token, HttpRequest.POST("/api/v1/assessments/" + id + "/respondents", Map.of("userId", soloId))));
            call(bearer(token, HttpRequest.POST("/api/v1/assessments/" + id + "/open", Map.of())));
            String solo = Keycloak.token(soloEmail);
            Map<String, Object> q = call(bearer(solo, HttpRequest.GET("/api/v1/assessments/" + id + "/questionnaire")));
            for (Map<String, Object> d : (List<Map<String, Object>>) q.get("dimensions")) {
                for (Map<String, Object> question : (List<Map<String, Object>>) d.get("questions")) {
                    String option = (String) ((List<Map<String, Object>>) question.get("options"))
                            .get(0)
                            .get("key");
                    call(bearer(
                            solo,
                            HttpRequest.PUT(
                                    "/api/v1/assessments/" + id + "/answers/" + question.get("key"),
                                    Map.of("optionKey", option, "baseRevision", 0))));
                }
            }
            call(bearer(token, HttpRequest.POST("/api/v1/assessments/" + id + "/close", Map.of())));
            Map<String, Object> client = (Map<String, Object>) call(bearer(
                            token,
                            HttpRequest.POST("/api/v1/api-clients", Map.of("name", "BI", "role", "tenant-admin"))))
                    .get("client");
            String clientId = (String) client.get("clientId");
            call(bearer(
                    token,
                    HttpRequest.PUT(
                            "/api/v1/tenant/sso",
                            Map.of(
                                    "issuer",
                                    Keycloak.URL + "/realms/company-idp",
                                    "clientId",
                                    "social-maturity",
                                    "clientSecret",
                                    "dev-only-company-idp-secret",
                                    "domain",
                                    alias + ".example"))));
            assertTrue(rowsOf(tenantId).size() >= 8, rowsOf(tenantId).toString());

            call(delete(ROOT, "/api/v1/platform/tenants/" + alias));
            assertFalse(
                    purgeJob.purgeDue(Instant.now().plus(Duration.ofDays(29))).contains(alias), "not before it is due");
            assertTrue(
                    purgeJob.purgeDue(Instant.now().plus(Duration.ofDays(31))).contains(alias));

            assertEquals(List.of(), rowsOf(tenantId), "no row holds the tenant's id");
            assertProblem(404, () -> call(get(ROOT, "/api/v1/platform/tenants/" + alias)));
            assertFalse(
                    KeycloakFixtures.adminGet("/organizations?search=" + alias)
                            .body()
                            .contains("\"" + alias + "\""),
                    "the organization is gone");
            assertEquals(
                    404,
                    KeycloakFixtures.adminGet("/identity-provider/instances/sso-" + alias)
                            .statusCode());
            assertEquals(
                    "[]",
                    KeycloakFixtures.adminGet("/clients?clientId=" + clientId).body());
            assertTrue(KeycloakFixtures.userIdByEmail(adminEmail).isEmpty(), "the first admin's account is gone");
            assertTrue(KeycloakFixtures.userIdByEmail(soloEmail).isEmpty(), "a tenant-only account is gone");
            assertEquals(Optional.of(sharedId), KeycloakFixtures.userIdByEmail(sharedEmail), "a shared account stays");
            String orgsOfShared = KeycloakFixtures.adminGet("/organizations/members/" + sharedId + "/organizations")
                    .body();
            assertTrue(orgsOfShared.contains("\"acme\"") && !orgsOfShared.contains(alias), orgsOfShared);
            // The token issued before is refused.
            assertProblem(403, () -> call(HttpRequest.GET("/api/v1/users").bearerAuth(token)));

            // The platform's trail keeps the tenant's history, with counts and no person's name or email.
            Map<String, Object> trail = call(get(ROOT, "/api/v1/platform/audit?tenant=" + alias));
            assertEquals("tenant.purged", actions(trail).get(0));
            Map<String, Object> purged = (Map<String, Object>) ((List<?>) trail.get("items")).get(0);
            assertEquals("system", purged.get("actorId"));
            Map<String, Object> details = (Map<String, Object>) purged.get("details");
            assertEquals(2, ((Number) details.get("accounts")).intValue(), details.toString());
            assertEquals(1, ((Number) details.get("apiClients")).intValue(), details.toString());
            assertEquals(1, ((Number) details.get("identityProviders")).intValue(), details.toString());
            assertEquals(1, ((Number) details.get("assessments")).intValue(), details.toString());
            assertFalse(
                    trail.toString().contains(soloEmail) || trail.toString().contains(adminEmail), trail.toString());
        } finally {
            for (String email : List.of(adminEmail, soloEmail, sharedEmail)) {
                KeycloakFixtures.userIdByEmail(email).ifPresent(KeycloakFixtures::deleteUser);
            }
            KeycloakFixtures.deleteIdentityProvider("sso-" + alias);
            KeycloakFixtures.deleteOrganizationsMatching(alias);
        }
    }

    private static <T> io.micronaut.http.MutableHttpRequest<T> bearer(
            String token, io.micronaut.http.MutableHttpRequest<T> request) {
        return request.bearerAuth(token);
    }
}
