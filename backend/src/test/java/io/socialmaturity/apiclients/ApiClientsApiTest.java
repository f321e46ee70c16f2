package io.socialmaturity.apiclients;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Keycloak;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * API clients against the real Keycloak: a client-credentials token reads its tenant's data and nothing of another
 * tenant's; the secret is answered once; last use is recorded; rotation and deletion refuse the old tokens at once
 * and Keycloak refuses new ones; a role outside the tenant kind is 400; another tenant's admin sees and changes none.
 */
@MicronautTest(transactional = false)
class ApiClientsApiTest extends ApiTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    @SuppressWarnings("unchecked")
    void aClientTokenReadsItsTenantOnlyAndStopsWorkingWhenDeleted() throws Exception {
        long acmeAssessment = ((Number) call(post(
                                ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Acme for BI " + System.nanoTime())))
                        .get("id"))
                .longValue();
        long globexAssessment = ((Number) call(post(
                                GINA_ADMIN, "/api/v1/assessments", Map.of("title", "Globex only " + System.nanoTime())))
                        .get("id"))
                .longValue();

        Map<String, Object> created =
                call(post(ANNA_ADMIN, "/api/v1/api-clients", Map.of("name", "Power BI", "role", "tenant-admin")));
        Map<String, Object> client = (Map<String, Object>) created.get("client");
        long id = ((Number) client.get("id")).longValue();
        String clientId = (String) client.get("clientId");
        String secret = (String) created.get("clientSecret");
        assertTrue(clientId.startsWith("api-acme-"), clientId);
        assertNotNull(secret);
        assertEquals(Keycloak.URL + "/realms/maturity/protocol/openid-connect/token", created.get("tokenUrl"));
        assertNull(client.get("lastUsedAt"));

        String token = clientToken(clientId, secret).orElseThrow();
        String claims = Keycloak.claims(token);
        assertTrue(claims.contains("\"organization\":[\"acme\"]"), claims);
        assertTrue(claims.contains("\"aud\":\"maturity-api\""), claims);
        // asking for another organization is refused by Keycloak: the client has no organization scope
        assertTrue(clientTokenWithScope(clientId, secret, "organization:globex").isEmpty());

        // reads the tenant's data, nothing of another tenant's
        Map<String, Object> page = call(bearer(token, HttpRequest.GET("/api/v1/assessments?size=200")));
        String listed = page.toString();
        assertTrue(listed.contains("id=" + acmeAssessment + ","), listed);
        assertFalse(listed.contains("Globex only"), listed);
        assertEquals(
                acmeAssessment,
                ((Number) call(bearer(token, HttpRequest.GET("/api/v1/assessments/" + acmeAssessment)))
                                .get("id"))
                        .longValue());
        assertProblem(
                404,
                () -> http.toBlocking()
                        .exchange(bearer(token, HttpRequest.GET("/api/v1/assessments/" + globexAssessment))));
        assertProblem(
                404,
                () -> http.toBlocking()
                        .exchange(bearer(
                                token,
                                HttpRequest.POST("/api/v1/assessments/" + globexAssessment + "/open", Map.of()))));
        assertEquals(
                "DRAFT",
                call(get(GINA_ADMIN, "/api/v1/assessments/" + globexAssessment)).get("status"));

        // the list shows the client, its last use and no secret
        List<Map<String, Object>> list = listOf(ANNA_ADMIN);
        Map<String, Object> listedClient = list.stream()
                .filter(c -> clientId.equals(c.get("clientId")))
                .findFirst()
                .orElseThrow();
        assertNotNull(listedClient.get("lastUsedAt"));
        assertFalse(list.toString().contains(secret));

        // another tenant's admin neither sees nor changes it
        assertTrue(listOf(GINA_ADMIN).stream().noneMatch(c -> clientId.equals(c.get("clientId"))));
        assertProblem(
                404,
                () -> http.toBlocking().exchange(post(GINA_ADMIN, "/api/v1/api-clients/" + id + "/secret", Map.of())));
        assertProblem(404, () -> http.toBlocking().exchange(delete(GINA_ADMIN, "/api/v1/api-clients/" + id)));
        assertEquals(
                200,
                http.toBlocking()
                        .exchange(bearer(token, HttpRequest.GET("/api/v1/assessments/" + acmeAssessment)))
                        .getStatus()
                        .getCode());
        assertTrue(clientToken(clientId, secret).isPresent(), "the secret still works");

        // rotation: the old secret and the tokens obtained with it are refused, the new secret works
        Thread.sleep(1100); // the rotation must fall in a later second than the old token's iat (whole seconds)
        Map<String, Object> rotated = call(post(ANNA_ADMIN, "/api/v1/api-clients/" + id + "/secret", Map.of()));
        String newSecret = (String) rotated.get("clientSecret");
        assertNotEquals(secret, newSecret);
        assertTrue(clientToken(clientId, secret).isEmpty(), "the old secret no longer works");
        var refused = assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(bearer(token, HttpRequest.GET("/api/v1/assessments/" + acmeAssessment))));
        assertTrue(
                String.valueOf(body(refused).get("detail")).contains("rotated"),
                body(refused).toString());
        String newToken = clientToken(clientId, newSecret).orElseThrow();
        assertEquals(
                200,
                http.toBlocking()
                        .exchange(bearer(newToken, HttpRequest.GET("/api/v1/assessments/" + acmeAssessment)))
                        .getStatus()
                        .getCode());

        // deletion: the token it has is refused at once, Keycloak issues no new one
        assertEquals(
                204,
                http.toBlocking()
                        .exchange(delete(ANNA_ADMIN, "/api/v1/api-clients/" + id))
                        .getStatus()
                        .getCode());
        assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(bearer(newToken, HttpRequest.GET("/api/v1/assessments/" + acmeAssessment))));
        assertTrue(clientToken(clientId, newSecret).isEmpty(), "a deleted client gets no new token");
        assertTrue(listOf(ANNA_ADMIN).stream().noneMatch(c -> clientId.equals(c.get("clientId"))));
        assertProblem(404, () -> http.toBlocking().exchange(delete(ANNA_ADMIN, "/api/v1/api-clients/" + id)));

        List<Map<String, Object>> audit = (List<Map<String, Object>>)
                call(get(ANNA_ADMIN, "/api/v1/audit?size=200")).get("items");
        for (String action : List.of("api-client.created", "api-client.secret-rotated", "api-client.deleted")) {
            assertTrue(
                    audit.stream()
                            .anyMatch(e -> action.equals(e.get("action"))
                                    && String.valueOf(id).equals(e.get("entityId"))),
                    action);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReadingClientHasTheKindsReadingRole() {
        Map<String, Object> created =
                call(post(ANNA_ADMIN, "/api/v1/api-clients", Map.of("name", "Reader", "role", "respondent")));
        Map<String, Object> client = (Map<String, Object>) created.get("client");
        String token = clientToken((String) client.get("clientId"), (String) created.get("clientSecret"))
                .orElseThrow();
        try {
            assertTrue(Keycloak.claims(token).contains("\"respondent\""));
            // a respondent's token does not manage users
            assertProblem(403, () -> http.toBlocking().exchange(bearer(token, HttpRequest.GET("/api/v1/users"))));
        } finally {
            http.toBlocking().exchange(delete(ANNA_ADMIN, "/api/v1/api-clients/" + client.get("id")));
        }
    }

    @Test
    void aRoleOutsideTheTenantKindIsRefusedWithTheField() {
        for (String role : List.of("consultant", "platform-admin", "nonsense")) {
            var e = assertProblem(
                    400,
                    () -> http.toBlocking()
                            .exchange(post(ANNA_ADMIN, "/api/v1/api-clients", Map.of("name", "Bad", "role", role))));
            assertTrue(body(e).toString().contains("field=role"), body(e).toString());
        }
        var e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(
                                post(ANNA_ADMIN, "/api/v1/api-clients", Map.of("name", " ", "role", "tenant-admin"))));
        assertTrue(body(e).toString().contains("field=name"), body(e).toString());
        // only tenant admins manage API clients
        assertProblem(403, () -> http.toBlocking().exchange(get(MARCO_MARKETING, "/api/v1/api-clients")));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> listOf(String user) {
        return (List<Map<String, Object>>) (List<?>) http.toBlocking()
                .retrieve(get(user, "/api/v1/api-clients"), io.micronaut.core.type.Argument.listOf(Map.class));
    }

    private static <T> MutableHttpRequest<T> bearer(String token, MutableHttpRequest<T> request) {
        return request.bearerAuth(token);
    }

    static Optional<String> clientToken(String clientId, String secret) {
        return clientTokenWithScope(clientId, secret, null);
    }

    static Optional<String> clientTokenWithScope(String clientId, String secret, String scope) {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret)
                + (scope == null ? "" : "&scope=" + enc(scope));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        URI.create(Keycloak.URL + "/realms/" + Keycloak.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                .timeout(Duration.ofSeconds(20))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            return response.statusCode() == 200 && m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
