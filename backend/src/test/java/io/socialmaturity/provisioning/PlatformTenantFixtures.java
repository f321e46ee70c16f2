package io.socialmaturity.provisioning;

import io.socialmaturity.testing.Keycloak;
import io.socialmaturity.testing.KeycloakFixtures;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What the platform tests create tenants with: the body of a new tenant, a fresh alias, its first admin's token. */
final class PlatformTenantFixtures {

    static final String STRONG = "first-admin-password-7";

    private PlatformTenantFixtures() {}

    /** A company in Italy with a first admin who gets an initial (temporary) password {@link #STRONG}. */
    static Map<String, Object> newTenant(String alias, String adminEmail) {
        Map<String, Object> admin = new HashMap<>(Map.of(
                "email",
                adminEmail,
                "firstName",
                "First",
                "lastName",
                "Admin",
                "onboarding",
                "PASSWORD",
                "initialPassword",
                STRONG));
        Map<String, Object> body = new HashMap<>(Map.of(
                "alias",
                alias,
                "name",
                "Tenant " + alias,
                "kind",
                "COMPANY",
                "industry",
                "technology",
                "sizeBand",
                "50-249",
                "country",
                "IT",
                "domain",
                alias + ".example"));
        body.put("firstAdmin", admin);
        return body;
    }

    /** A fresh alias starting with {@code prefix}. */
    static String alias(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The first admin's password is temporary: Keycloak's password grant refuses it until changed. Set it final. */
    static String signInFirstAdmin(String email) {
        String id = KeycloakFixtures.userIdByEmail(email).orElseThrow();
        KeycloakFixtures.setPassword(id, STRONG);
        return Keycloak.signIn(email, STRONG, "openid organization").orElseThrow();
    }
}
