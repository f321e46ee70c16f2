package io.socialmaturity.users;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Keycloak;
import io.socialmaturity.testing.KeycloakFixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Admin API cannot be reached (tokens still validate against the real Keycloak's keys): every user-management
 * call is a clear 503 problem and nothing is created.
 */
@MicronautTest(transactional = false)
class KeycloakUnreachableApiTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("maturity.keycloak.url", "http://127.0.0.1:9");
        p.put(
                "micronaut.security.token.jwt.signatures.jwks.keycloak.url",
                Keycloak.URL + "/realms/maturity/protocol/openid-connect/certs");
        return p;
    }

    @Test
    void everyCallIsA503ProblemAndNothingIsCreated() {
        String email = "unreachable-" + System.nanoTime() + "@acme.example";
        var list = assertProblem(503, () -> call(get(ANNA_ADMIN, "/api/v1/users")));
        assertTrue(String.valueOf(body(list).get("type")).endsWith("identity-provider-unavailable"));
        assertProblem(
                503,
                () -> call(post(
                        ANNA_ADMIN,
                        "/api/v1/users",
                        Map.of(
                                "email",
                                email,
                                "firstName",
                                "A",
                                "lastName",
                                "B",
                                "businessFunction",
                                "it",
                                "roles",
                                List.of("respondent"),
                                "onboarding",
                                "PASSWORD",
                                "initialPassword",
                                "long-enough-password"))));
        assertProblem(503, () -> call(get(ANNA_ADMIN, "/api/v1/tenant/sso")));
        assertTrue(KeycloakFixtures.userIdByEmail(email).isEmpty());
    }
}
