package io.socialmaturity.users;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Keycloak;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/v1/me with real tokens from the real Keycloak: the tenant comes from the token only. */
@MicronautTest(transactional = false)
class MeApiTest extends ApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void tenantAdminSeesHerTenantAndRoles() {
        Map<String, Object> me = http.toBlocking().retrieve(get(ANNA_ADMIN, "/api/v1/me"), Map.class);
        assertEquals("anna.admin@acme.example", me.get("email"));
        assertEquals("Anna Admin", me.get("name"));
        assertEquals(List.of("tenant-admin"), me.get("roles"), "only the product's roles");
        assertEquals("executive", me.get("businessFunction"));
        Map<String, Object> tenant = (Map<String, Object>) me.get("tenant");
        assertEquals("acme", tenant.get("id"));
        assertEquals("Acme Manufacturing", tenant.get("name"));
        assertEquals("COMPANY", tenant.get("kind"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void respondentAndConsultantSeeTheirOwnTenants() {
        Map<String, Object> marco = http.toBlocking().retrieve(get(MARCO_MARKETING, "/api/v1/me"), Map.class);
        assertEquals("marketing", marco.get("businessFunction"));
        assertEquals(
                List.of("respondent"),
                ((List<String>) marco.get("roles"))
                        .stream()
                                .filter(r -> r.equals("respondent") || r.equals("tenant-admin"))
                                .toList());
        Map<String, Object> carla = http.toBlocking().retrieve(get(CARLA_CONSULTANT, "/api/v1/me"), Map.class);
        assertEquals("CONSULTANCY", ((Map<String, Object>) carla.get("tenant")).get("kind"));
        Map<String, Object> gina = http.toBlocking().retrieve(get(GINA_ADMIN, "/api/v1/me"), Map.class);
        assertEquals("globex", ((Map<String, Object>) gina.get("tenant")).get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void platformAdminMayHaveNoTenant() {
        Map<String, Object> me = http.toBlocking().retrieve(get(ROOT, "/api/v1/me"), Map.class);
        assertNull(me.get("tenant"));
        assertTrue(((List<String>) me.get("roles")).contains("platform-admin"));
    }

    @Test
    void withoutTokenTheApiAnswers401ProblemJson() {
        assertProblem(401, () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/me")));
    }

    @Test
    void aForgedOrMalformedTokenIsRefused() {
        String real = Keycloak.token(ANNA_ADMIN);
        String[] parts = real.split("\\.");
        // same header and signature, payload of another user: the signature no longer matches
        String otherPayload = Keycloak.token(GINA_ADMIN).split("\\.")[1];
        String forged = parts[0] + "." + otherPayload + "." + parts[2];
        assertProblem(
                401,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/me").bearerAuth(forged)));
        assertProblem(
                401,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/me").bearerAuth("not-a-jwt")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        // admin-cli is a built-in client of the realm; its tokens do not carry the API's audience
        String otherAudience = Keycloak.tokenOfClient("admin-cli", ANNA_ADMIN);
        assertProblem(
                401,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/me").bearerAuth(otherAudience)));
    }

    @Test
    void aTokenWithTwoOrganizationsIsRefused() {
        String bothOrganizations = Keycloak.tokenWithAllOrganizations(OLGA_TWO_ORGS);
        var e = assertProblem(
                403,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/me").bearerAuth(bothOrganizations)));
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("several organizations"));
        // without choosing an organization Keycloak puts none in the token: refused as well
        assertProblem(403, () -> http.toBlocking().exchange(get(OLGA_TWO_ORGS, "/api/v1/me")));
    }

    @Test
    void anOrganizationUnknownToTheProductIsRefused() {
        assertProblem(403, () -> http.toBlocking().exchange(get(GUS_GHOST, "/api/v1/me")));
    }

    @Test
    void aUserWithoutOrganizationWhoIsNotPlatformAdminIsRefused() {
        assertProblem(403, () -> http.toBlocking().exchange(get(NORA_NO_ORG, "/api/v1/me")));
    }
}
