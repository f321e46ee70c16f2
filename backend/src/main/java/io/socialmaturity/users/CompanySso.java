package io.socialmaturity.users;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.keycloak.KeycloakAdmin;
import io.socialmaturity.platform.keycloak.KeycloakRepairs;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.Problem;
import io.socialmaturity.platform.web.ProblemException;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A company's own OpenID Connect identity provider, linked to its tenant: Keycloak brokers the sign-in to it, and the
 * organization's email domain sends people with that domain straight to their company's login (Keycloak's
 * organization "redirect when email domain matches"). People who sign in that way become members of the tenant's
 * organization, with the tenant's base role (respondent, or consultant in a consultancy) and business function
 * "other" on first sign-in; the tenant admin changes either afterwards.
 *
 * <p>Everything lives in Keycloak (the identity provider named {@code sso-<tenant>}, linked to the organization);
 * the client secret is written there and never read back.
 */
@Singleton
public class CompanySso {

    /** An email domain such as example.com (lowercase). */
    public static final Pattern DOMAIN = Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private final KeycloakAdmin keycloak;
    private final KeycloakRepairs repairs;
    private final AuditService audit;
    private final String publicKeycloakUrl;

    CompanySso(KeycloakAdmin keycloak, KeycloakRepairs repairs, AuditService audit,
               @Value("${maturity.keycloak.public-url}") String publicKeycloakUrl) {
        this.keycloak = keycloak;
        this.repairs = repairs;
        this.audit = audit;
        this.publicKeycloakUrl = publicKeycloakUrl;
    }

    @Serdeable
    public record SsoSettings(@Nullable String issuer, @Nullable String clientId, @Nullable String clientSecret,
                              @Nullable String domain, @Nullable String displayName) {
    }

    @Serdeable
    public record SsoView(String alias, String displayName, String issuer, String clientId, String domain,
                          boolean enabled, String redirectUri) {
    }

    static String aliasFor(Tenant tenant) {
        return "sso-" + tenant.alias();
    }

    public Optional<SsoView> find(Tenant tenant) {
        String orgId = organizationId(tenant);
        return keycloak.identityProvider(aliasFor(tenant))
                .filter(idp -> orgId.equals(idp.organizationId()))
                .map(this::view);
    }

    public SsoView get(Tenant tenant) {
        return find(tenant).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "sso-not-configured",
                "No company sign-in", "No identity provider is linked to this company.", List.of(), Map.of()));
    }

    /** Links the identity provider, or changes the link; the secret is kept when omitted on a change. */
    public SsoView put(CurrentUser actor, Tenant tenant, SsoSettings settings) {
        String orgId = organizationId(tenant);
        String alias = aliasFor(tenant);
        Optional<KeycloakAdmin.IdentityProvider> existing = keycloak.identityProvider(alias)
                .filter(idp -> orgId.equals(idp.organizationId()));
        String issuer = validate(settings, existing.isEmpty());
        String domain = settings.domain().trim().toLowerCase(Locale.ROOT);
        Map<String, Object> discovered = keycloak.importOidcConfig(issuer + "/.well-known/openid-configuration")
                .orElseThrow(() -> ProblemException.badRequest("issuer",
                        "no OpenID Connect discovery document could be read at " + issuer
                                + "/.well-known/openid-configuration"));

        Map<String, String> config = new LinkedHashMap<>();
        for (String key : List.of("issuer", "authorizationUrl", "tokenUrl", "jwksUrl", "userInfoUrl", "logoutUrl")) {
            Object value = discovered.get(key);
            if (value != null) {
                config.put(key, String.valueOf(value));
            }
        }
        config.put("useJwksUrl", "true");
        config.put("validateSignature", "true");
        config.put("clientId", settings.clientId().trim());
        config.put("clientAuthMethod", "client_secret_post");
        config.put("clientSecret", settings.clientSecret() != null && !settings.clientSecret().isBlank()
                ? settings.clientSecret() : existing.map(idp -> idp.config().get("clientSecret")).orElse(""));
        config.put("defaultScope", "openid profile email");
        config.put("pkceEnabled", "true");
        config.put("pkceMethod", "S256");
        config.put("syncMode", "IMPORT");
        config.put("kc.org.domain", domain);
        config.put("kc.org.broker.redirect.mode.email-matches", "true");
        String displayName = settings.displayName() != null && !settings.displayName().isBlank()
                ? settings.displayName().trim() : tenant.name();

        ensureDomain(orgId, tenant, domain);
        KeycloakAdmin.IdentityProvider idp = new KeycloakAdmin.IdentityProvider(alias, displayName, "oidc", true, true,
                true, "first broker login", existing.isPresent() ? orgId : null, config);
        if (existing.isPresent()) {
            keycloak.updateIdentityProvider(idp);
            audit.record(tenant.id(), actor, "sso.updated", "sso", alias, Map.of("issuer", issuer, "domain", domain,
                    "clientId", settings.clientId().trim(), "secretChanged",
                    settings.clientSecret() != null && !settings.clientSecret().isBlank()));
        } else {
            keycloak.createIdentityProvider(idp);
            try {
                String baseRole = tenant.kind() == TenantKind.CONSULTANCY ? Roles.CONSULTANT : Roles.RESPONDENT;
                keycloak.addIdentityProviderMapper(alias, Map.of("name", "base role " + baseRole,
                        "identityProviderAlias", alias, "identityProviderMapper", "oidc-hardcoded-role-idp-mapper",
                        "config", Map.of("role", baseRole, "syncMode", "INHERIT")));
                keycloak.addIdentityProviderMapper(alias, Map.of("name", "business function on first sign-in",
                        "identityProviderAlias", alias, "identityProviderMapper", "hardcoded-attribute-idp-mapper",
                        "config", Map.of("attribute", UserAdministration.BUSINESS_FUNCTION, "attribute.value", "other",
                                "syncMode", "IMPORT")));
                keycloak.linkIdentityProvider(orgId, alias);
                audit.record(tenant.id(), actor, "sso.linked", "sso", alias, Map.of("issuer", issuer, "domain", domain,
                        "clientId", settings.clientId().trim()));
            } catch (RuntimeException e) {
                repairs.undo(KeycloakRepairs.Action.DELETE_IDENTITY_PROVIDER, alias,
                        "linking company sign-in of " + tenant.alias() + " failed: " + e.getMessage());
                throw e;
            }
        }
        return get(tenant);
    }

    public void delete(CurrentUser actor, Tenant tenant) {
        String orgId = organizationId(tenant);
        SsoView current = get(tenant);
        keycloak.unlinkIdentityProvider(orgId, current.alias());
        keycloak.deleteIdentityProvider(current.alias());
        audit.record(tenant.id(), actor, "sso.unlinked", "sso", current.alias(), Map.of("issuer", current.issuer(),
                "domain", current.domain()));
    }

    private void ensureDomain(String orgId, Tenant tenant, String domain) {
        KeycloakAdmin.Organization org = keycloak.organization(tenant.alias())
                .orElseThrow(() -> ProblemException.notFound("The organization"));
        List<KeycloakAdmin.Domain> domains = new ArrayList<>(org.domains() == null ? List.of() : org.domains());
        if (domains.stream().noneMatch(d -> domain.equalsIgnoreCase(d.name()))) {
            domains.add(new KeycloakAdmin.Domain(domain, false));
            try {
                keycloak.updateOrganization(org.withDomains(domains));
            } catch (ProblemException e) {
                if (e.status() == HttpStatus.CONFLICT) {
                    throw new ProblemException(HttpStatus.CONFLICT, "domain-taken", "Domain in use",
                            "The domain " + domain + " belongs to another organization.",
                            List.of(new Problem.Violation("domain", "belongs to another organization")), Map.of());
                }
                throw e;
            }
        }
    }

    private static String validate(SsoSettings s, boolean creating) {
        List<Problem.Violation> violations = new ArrayList<>();
        String issuer = s.issuer() == null ? null : s.issuer().trim().replaceAll("/+$", "");
        if (issuer == null || issuer.isBlank()) {
            violations.add(new Problem.Violation("issuer", "must not be blank"));
        } else {
            try {
                URI uri = URI.create(issuer);
                String host = uri.getHost();
                boolean local = "localhost".equals(host) || "127.0.0.1".equals(host);
                if (host == null || !("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local))
                        || uri.getQuery() != null || uri.getFragment() != null || issuer.length() > 500) {
                    violations.add(new Problem.Violation("issuer",
                            "must be an https URL without query (http only for localhost)"));
                }
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation("issuer", "must be a URL"));
            }
        }
        if (s.clientId() == null || s.clientId().isBlank()) {
            violations.add(new Problem.Violation("clientId", "must not be blank"));
        } else if (s.clientId().length() > 255) {
            violations.add(new Problem.Violation("clientId", "must have at most 255 characters"));
        }
        if (creating && (s.clientSecret() == null || s.clientSecret().isBlank())) {
            violations.add(new Problem.Violation("clientSecret", "must not be blank"));
        } else if (s.clientSecret() != null && s.clientSecret().length() > 500) {
            violations.add(new Problem.Violation("clientSecret", "must have at most 500 characters"));
        }
        if (s.domain() == null || !DOMAIN.matcher(s.domain().trim().toLowerCase(Locale.ROOT)).matches()) {
            violations.add(new Problem.Violation("domain", "must be an email domain such as example.com"));
        }
        if (s.displayName() != null && s.displayName().length() > 100) {
            violations.add(new Problem.Violation("displayName", "must have at most 100 characters"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return issuer;
    }

    private SsoView view(KeycloakAdmin.IdentityProvider idp) {
        Map<String, String> c = idp.config() == null ? new HashMap<>() : idp.config();
        return new SsoView(idp.alias(), idp.displayName() == null ? idp.alias() : idp.displayName(),
                c.getOrDefault("issuer", ""), c.getOrDefault("clientId", ""), c.getOrDefault("kc.org.domain", ""),
                idp.enabled(), publicKeycloakUrl + "/realms/" + keycloak.realm() + "/broker/" + idp.alias() + "/endpoint");
    }

    private String organizationId(Tenant tenant) {
        return keycloak.organizationId(tenant.alias()).orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT,
                "organization-missing", "Organization missing",
                "The identity provider has no organization for this tenant.", List.of(), Map.of()));
    }
}
