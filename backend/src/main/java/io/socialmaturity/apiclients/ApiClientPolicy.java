package io.socialmaturity.apiclients;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.tenant.TenantKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of API clients as plain functions (no Keycloak, no database): the role is one of the tenant kind's roles
 * (company: tenant-admin, respondent; consultancy: tenant-admin, consultant; never platform-admin), the name 1–100
 * characters, at most {@value #MAX_PER_TENANT} live clients per tenant.
 */
final class ApiClientPolicy {

    static final int MAX_PER_TENANT = 20;
    /** The Keycloak clientIds of API clients start with this; the token filter looks only at those. */
    static final String CLIENT_ID_PREFIX = "api-";

    private static final Pattern ALIAS_SAFE = Pattern.compile("[^a-z0-9-]");

    private ApiClientPolicy() {}

    /** The roles an API client of a tenant of this kind may carry: admin, or the kind's reading role. */
    static List<String> roles(TenantKind kind) {
        return List.of(Roles.TENANT_ADMIN, kind == TenantKind.CONSULTANCY ? Roles.CONSULTANT : Roles.RESPONDENT);
    }

    static void role(List<FieldError> errors, TenantKind kind, @Nullable String role) {
        if (role == null || !roles(kind).contains(role)) {
            errors.add(FieldError.of("role", "violation.one-of", String.join(", ", roles(kind))));
        }
    }

    static void name(List<FieldError> errors, @Nullable String name) {
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", "jakarta.validation.constraints.NotBlank.message"));
        } else if (name.strip().length() > 100) {
            errors.add(FieldError.of("name", "violation.max-characters", 100));
        }
    }

    /** A clientId unique in the realm, telling whose it is: {@code api-<alias>-<random>}. */
    static String clientId(String tenantAlias, String random) {
        String alias = ALIAS_SAFE
                .matcher(tenantAlias.toLowerCase(java.util.Locale.ROOT))
                .replaceAll("-");
        if (alias.length() > 40) {
            alias = alias.substring(0, 40);
        }
        return CLIENT_ID_PREFIX + alias + "-" + random;
    }

    static boolean isApiClient(@Nullable String azp) {
        return azp != null && azp.startsWith(CLIENT_ID_PREFIX);
    }

    /**
     * Whether a token issued at {@code issuedAtSecond} (its {@code iat}) predates the secret's last rotation: such a
     * token was obtained with the old secret and is refused. Compared in whole seconds, as {@code iat} is.
     */
    static boolean issuedBeforeRotation(long issuedAtSecond, java.time.Instant rotatedAt) {
        return issuedAtSecond < rotatedAt.getEpochSecond();
    }
}
