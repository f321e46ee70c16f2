package io.socialmaturity.users;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.platform.keycloak.KeycloakRepairs;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Keycloak;
import io.socialmaturity.testing.KeycloakFixtures;
import io.socialmaturity.testing.MailCatcher;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant admins manage their users in the real Keycloak: the whole lifecycle, what the created user's token says,
 * invitations through a real SMTP server, and the rules that keep a tenant admin inside their tenant.
 */
@MicronautTest(transactional = false)
class UserAdministrationApiTest extends ApiTest {

    private static final String STRONG = "correct-horse-battery-9";

    @Inject
    KeycloakRepairs repairs;

    @BeforeAll
    static void mail() {
        MailCatcher.start();
    }

    @AfterAll
    static void stopMail() {
        MailCatcher.stop();
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
    }

    private static Map<String, Object> newUser(String email, String function, List<String> roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("firstName", "Tess");
        body.put("lastName", "Tester");
        body.put("businessFunction", function);
        body.put("roles", roles);
        body.put("onboarding", "PASSWORD");
        body.put("initialPassword", STRONG);
        body.put("temporaryPassword", false);
        return body;
    }

    private Map<String, Object> create(Map<String, Object> body) {
        return call(post(ANNA_ADMIN, "/api/v1/users", body));
    }

    private Map<String, Object> patch(String user, String id, Map<String, Object> body) {
        return call(as(user, HttpRequest.PATCH("/api/v1/users/" + id, body)));
    }

    @Test
    void theWholeLifecycleDrivesKeycloakAndTheTokenFollows() {
        String email = uniqueEmail("life");
        Map<String, Object> created = create(newUser(email, "marketing", List.of("respondent")));
        String id = (String) created.get("id");
        try {
            assertEquals(email, created.get("email"));
            assertEquals(List.of("respondent"), created.get("roles"));
            assertEquals("marketing", created.get("businessFunction"));
            assertEquals(true, created.get("enabled"));
            assertEquals(false, created.get("otherTenants"));
            assertEquals("PRODUCT", created.get("source"));

            // The new user signs in: right tenant, roles and business function in the token, and /me agrees.
            String token = Keycloak.signIn(email, STRONG, "openid organization").orElseThrow();
            String claims = Keycloak.claims(token);
            assertTrue(claims.contains("\"organization\":[\"acme\"]"), claims);
            assertTrue(claims.contains("\"respondent\""), claims);
            assertTrue(claims.contains("\"business_function\":\"marketing\""), claims);
            Map<String, Object> me = call(HttpRequest.GET("/api/v1/me").bearerAuth(token));
            assertEquals("acme", ((Map<?, ?>) me.get("tenant")).get("id"));

            // Listed and found by search.
            Map<String, Object> page = call(get(ANNA_ADMIN, "/api/v1/users?search=" + email));
            assertEquals(
                    List.of(id),
                    ((List<?>) page.get("items"))
                            .stream().map(u -> ((Map<?, ?>) u).get("id")).toList());

            // Roles and business function change; the next token carries them.
            Map<String, Object> changed = patch(
                    ANNA_ADMIN,
                    id,
                    Map.of(
                            "roles",
                            List.of("respondent", "tenant-admin"),
                            "businessFunction",
                            "it",
                            "firstName",
                            "Tessa"));
            assertEquals(List.of("respondent", "tenant-admin"), changed.get("roles"));
            assertEquals("it", changed.get("businessFunction"));
            assertEquals("Tessa Tester", changed.get("name"));
            String claims2 = Keycloak.claims(
                    Keycloak.signIn(email, STRONG, "openid organization").orElseThrow());
            assertTrue(
                    claims2.contains("\"tenant-admin\"") && claims2.contains("\"business_function\":\"it\""), claims2);

            // Disabled: Keycloak refuses the sign-in. Enabled again: it works.
            assertEquals(false, patch(ANNA_ADMIN, id, Map.of("enabled", false)).get("enabled"));
            assertTrue(Keycloak.signIn(email, STRONG, "openid").isEmpty(), "a disabled user cannot sign in");
            assertEquals(true, patch(ANNA_ADMIN, id, Map.of("enabled", true)).get("enabled"));
            assertTrue(Keycloak.signIn(email, STRONG, "openid").isPresent());

            // Removed: the account belonged to acme only, so it is gone.
            assertEquals(
                    204,
                    http.toBlocking()
                            .exchange(delete(ANNA_ADMIN, "/api/v1/users/" + id))
                            .code());
            assertTrue(KeycloakFixtures.userIdByEmail(email).isEmpty());
            assertProblem(404, () -> call(get(ANNA_ADMIN, "/api/v1/users/" + id)));

            // Every change is in the audit trail.
            List<?> actions = ((List<?>)
                            call(get(ANNA_ADMIN, "/api/v1/audit?size=200")).get("items"))
                    .stream()
                            .filter(e -> id.equals(((Map<?, ?>) e).get("entityId")))
                            .map(e -> ((Map<?, ?>) e).get("action"))
                            .toList();
            assertTrue(
                    actions.containsAll(
                            List.of("user.created", "user.updated", "user.disabled", "user.enabled", "user.removed")),
                    actions.toString());
        } finally {
            KeycloakFixtures.deleteUser(id);
        }
    }

    @Test
    void anInvitationIsEmailedWithALinkToSetThePassword() throws Exception {
        String email = uniqueEmail("invite");
        Map<String, Object> body = newUser(email, "sales", List.of("respondent"));
        body.put("onboarding", "INVITE");
        body.remove("initialPassword");
        body.remove("temporaryPassword");
        Map<String, Object> created = create(body);
        String id = (String) created.get("id");
        try {
            assertTrue(((List<?>) created.get("pendingActions")).contains("UPDATE_PASSWORD"), created.toString());
            List<MimeMessage> mails = MailCatcher.messagesTo(email, 1, Duration.ofSeconds(15));
            assertEquals(1, mails.size());
            String text = MailCatcher.body(mails.get(0)).replace("=\r\n", "").replace("=3D", "=");
            assertTrue(text.contains("/realms/maturity/login-actions/action-token"), text);

            assertEquals(
                    202,
                    http.toBlocking()
                            .exchange(as(ANNA_ADMIN, HttpRequest.POST("/api/v1/users/" + id + "/invitation", "")))
                            .code());
            assertEquals(
                    2, MailCatcher.messagesTo(email, 2, Duration.ofSeconds(15)).size());
        } finally {
            KeycloakFixtures.deleteUser(id);
        }
    }

    @Test
    void whenMailCannotBeSentTheInvitationFailsAndNothingIsStored() {
        String email = uniqueEmail("nomail");
        Map<String, Object> body = newUser(email, "sales", List.of("respondent"));
        body.put("onboarding", "INVITE");
        body.remove("initialPassword");
        body.remove("temporaryPassword");
        MailCatcher.stop();
        try {
            var e = assertProblem(503, () -> create(body));
            assertEquals("mail-unavailable", type(e));
        } finally {
            MailCatcher.start();
        }
        assertTrue(KeycloakFixtures.userIdByEmail(email).isEmpty(), "the half-created account was removed");
    }

    @Test
    void badInputNamesEveryOffendingField() {
        Map<String, Object> body = new HashMap<>();
        body.put("email", "not-an-email");
        body.put("firstName", " ");
        body.put("businessFunction", "astrology");
        body.put("roles", List.of("consultant"));
        body.put("onboarding", "PASSWORD");
        body.put("initialPassword", "short");
        var e = assertProblem(400, () -> create(body));
        List<?> fields = ((List<?>) body(e).get("violations"))
                .stream().map(v -> ((Map<?, ?>) v).get("field")).toList();
        assertTrue(
                fields.containsAll(
                        List.of("email", "firstName", "lastName", "businessFunction", "roles", "initialPassword")),
                fields.toString());
    }

    @Test
    void anExistingEmailIsAConflictAndChangesNothing() {
        var e = assertProblem(
                409, () -> create(newUser("marco.marketing@acme.example", "marketing", List.of("respondent"))));
        assertEquals("email-taken", type(e));
        assertEquals(
                "marketing", call(get(ANNA_ADMIN, "/api/v1/users/" + MARCO_ID)).get("businessFunction"));
    }

    @Test
    void onlyAPlatformAdminGivesPlatformAdmin() {
        String email = uniqueEmail("escalate");
        var e = assertProblem(403, () -> create(newUser(email, "it", List.of("respondent", "platform-admin"))));
        assertEquals("forbidden-role", type(e));
        assertTrue(KeycloakFixtures.userIdByEmail(email).isEmpty());
        var self = assertProblem(
                403, () -> patch(ANNA_ADMIN, ANNA_ID, Map.of("roles", List.of("tenant-admin", "platform-admin"))));
        assertEquals("forbidden-role", type(self));
        assertFalse(
                ((List<?>) call(get(ANNA_ADMIN, "/api/v1/users/" + ANNA_ID)).get("roles")).contains("platform-admin"));
    }

    @Test
    void anAdminCannotDisableOrRemoveThemselvesNorDemoteTheLastAdmin() {
        assertEquals(
                "self-disable", type(assertProblem(409, () -> patch(ANNA_ADMIN, ANNA_ID, Map.of("enabled", false)))));
        assertEquals(
                "self-remove",
                type(assertProblem(
                        409, () -> http.toBlocking().exchange(delete(ANNA_ADMIN, "/api/v1/users/" + ANNA_ID)))));
        // Anna is acme's only admin.
        assertEquals(
                "last-admin",
                type(assertProblem(409, () -> patch(ANNA_ADMIN, ANNA_ID, Map.of("roles", List.of("respondent"))))));
        assertTrue(((List<?>) call(get(ANNA_ADMIN, "/api/v1/users/" + ANNA_ID)).get("roles")).contains("tenant-admin"));
        assertEquals(true, call(get(ANNA_ADMIN, "/api/v1/users/" + ANNA_ID)).get("enabled"));
    }

    @Test
    void anotherTenantsAdminGets404OnEveryEndpointAndChangesNothing() {
        Map<String, Object> before = call(get(ANNA_ADMIN, "/api/v1/users/" + MARCO_ID));
        assertProblem(404, () -> call(get(GINA_ADMIN, "/api/v1/users/" + MARCO_ID)));
        assertProblem(
                404,
                () -> patch(
                        GINA_ADMIN,
                        MARCO_ID,
                        Map.of("businessFunction", "hr", "enabled", false, "roles", List.of("tenant-admin"))));
        assertProblem(
                404,
                () -> http.toBlocking()
                        .exchange(as(GINA_ADMIN, HttpRequest.POST("/api/v1/users/" + MARCO_ID + "/invitation", ""))));
        assertProblem(404, () -> http.toBlocking().exchange(delete(GINA_ADMIN, "/api/v1/users/" + MARCO_ID)));
        List<?> ginasList = (List<?>)
                call(get(GINA_ADMIN, "/api/v1/users?size=200&search=marco")).get("items");
        assertTrue(ginasList.isEmpty());
        assertEquals(before, call(get(ANNA_ADMIN, "/api/v1/users/" + MARCO_ID)));
        // Respondents are not admins.
        assertProblem(403, () -> call(get(MARCO_MARKETING, "/api/v1/users")));
    }

    @Test
    void anAccountSharedWithAnotherTenantIsOnlyRemovedFromThisOne() {
        String email = uniqueEmail("shared");
        String id = (String)
                create(newUser(email, "marketing", List.of("respondent"))).get("id");
        try {
            String globex = KeycloakFixtures.ensureOrganization("globex", "Globex Retail");
            KeycloakFixtures.ensureMember(globex, email, "marketing");
            assertEquals(true, call(get(ANNA_ADMIN, "/api/v1/users/" + id)).get("otherTenants"));
            assertEquals(
                    "shared-account",
                    type(assertProblem(409, () -> patch(ANNA_ADMIN, id, Map.of("businessFunction", "hr")))));
            assertEquals(
                    204,
                    http.toBlocking()
                            .exchange(delete(ANNA_ADMIN, "/api/v1/users/" + id))
                            .code());
            assertTrue(KeycloakFixtures.userIdByEmail(email).isPresent(), "the account stays for the other tenant");
            assertEquals(
                    200,
                    KeycloakFixtures.adminGet("/organizations/" + globex + "/members/" + id)
                            .statusCode());
            assertProblem(404, () -> call(get(ANNA_ADMIN, "/api/v1/users/" + id)));
        } finally {
            KeycloakFixtures.deleteUser(id);
        }
    }

    @Test
    void aQueuedUndoIsCarriedOutOnce() {
        String email = uniqueEmail("repair");
        String id =
                (String) create(newUser(email, "other", List.of("respondent"))).get("id");
        try {
            int before = repairs.pending();
            io.socialmaturity.platform.keycloak.RepairsTestAccess.queueDeleteUser(repairs, id);
            assertEquals(before + 1, repairs.pending());
            assertTrue(repairs.retryPending() >= 1);
            assertEquals(0, repairs.pending());
            assertTrue(KeycloakFixtures.userIdByEmail(email).isEmpty());
        } finally {
            KeycloakFixtures.deleteUser(id);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewBusinessFunctionReachesTheRespondentRowsOfRunningAssessments() {
        String email = uniqueEmail("mover");
        String id = (String)
                create(newUser(email, "marketing", List.of("respondent"))).get("id");
        try {
            Map<String, Object> assessment =
                    call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Function move " + email)));
            Number assessmentId = (Number) assessment.get("id");
            Map<String, Object> detail = call(
                    post(ANNA_ADMIN, "/api/v1/assessments/" + assessmentId + "/respondents", Map.of("userId", id)));
            assertEquals(
                    "marketing",
                    ((List<Map<String, Object>>) detail.get("respondents"))
                            .stream()
                                    .filter(r -> id.equals(r.get("userId")))
                                    .findFirst()
                                    .orElseThrow()
                                    .get("businessFunction"));

            patch(ANNA_ADMIN, id, Map.of("businessFunction", "it"));

            Map<String, Object> after = call(get(ANNA_ADMIN, "/api/v1/assessments/" + assessmentId));
            assertEquals(
                    "it",
                    ((List<Map<String, Object>>) after.get("respondents"))
                            .stream()
                                    .filter(r -> id.equals(r.get("userId")))
                                    .findFirst()
                                    .orElseThrow()
                                    .get("businessFunction"));
        } finally {
            KeycloakFixtures.deleteUser(id);
        }
    }
}
