package io.socialmaturity.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.errors.Validation;
import io.socialmaturity.platform.keycloak.KeycloakIdentityProviders;
import io.socialmaturity.platform.keycloak.KeycloakLookups;
import io.socialmaturity.platform.keycloak.KeycloakOrganizations;
import io.socialmaturity.platform.keycloak.KeycloakProperties;
import io.socialmaturity.platform.keycloak.KeycloakRepairs;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Domain;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.IdentityProvider;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Organization;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.vocabulary.EmailDomain;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    private final KeycloakIdentityProviders identityProviders;
    private final KeycloakOrganizations organizations;
    private final KeycloakLookups lookups;
    private final KeycloakRepairs repairs;
    private final AuditService audit;
    private final Validator validator;
    private final KeycloakProperties keycloak;

    CompanySso(
            KeycloakIdentityProviders identityProviders,
            KeycloakOrganizations organizations,
            KeycloakLookups lookups,
            KeycloakRepairs repairs,
            AuditService audit,
            Validator validator,
            KeycloakProperties keycloak) {
        this.identityProviders = identityProviders;
        this.organizations = organizations;
        this.lookups = lookups;
        this.repairs = repairs;
        this.audit = audit;
        this.validator = validator;
        this.keycloak = keycloak;
    }

    /** The company's provider; the issuer's form and a secret for a new link are checked by the service. */
    @Serdeable
    public record SsoSettings(
            @NotBlank String issuer,

            @NotBlank @Size(max = 255, message = "{violation.max-length}")
            String clientId,

            @Nullable @Size(max = 500, message = "{violation.max-length}")
            String clientSecret,

            @NotNull(message = "{violation.email-domain}") @EmailDomain
            String domain,

            @Nullable @Size(max = 100, message = "{violation.max-length}")
            String displayName) {}

    @Serdeable
    public record SsoView(
            String alias,
            String displayName,
            String issuer,
            String clientId,
            String domain,
            boolean enabled,
            String redirectUri) {}

    static String aliasFor(Tenant tenant) {
        return "sso-" + tenant.alias();
    }

    public Optional<SsoView> find(Tenant tenant) {
        String orgId = organizationId(tenant);
        return identityProviders
                .find(aliasFor(tenant))
                .filter(idp -> orgId.equals(idp.organizationId()))
                .map(this::view);
    }

    public SsoView get(Tenant tenant) {
        return find(tenant)
                .orElseThrow(() -> new NotFoundException("sso-not-configured", "problem.sso-not-configured"));
    }

    /** Links the identity provider, or changes the link; the secret is kept when omitted on a change. */
    public SsoView put(CurrentUser actor, Tenant tenant, SsoSettings settings) {
        String orgId = organizationId(tenant);
        String alias = aliasFor(tenant);
        Optional<IdentityProvider> existing =
                identityProviders.find(alias).filter(idp -> orgId.equals(idp.organizationId()));
        String issuer = validate(settings, existing.isEmpty());
        String domain = settings.domain().trim().toLowerCase(Locale.ROOT);
        Map<String, Object> discovered = identityProviders
                .importConfig(Map.of("providerId", "oidc", "fromUrl", issuer + "/.well-known/openid-configuration"))
                .filter(c -> c.get("authorizationUrl") != null && c.get("tokenUrl") != null)
                .orElseThrow(() -> InvalidException.field(
                        "issuer", "violation.no-discovery-document", issuer + "/.well-known/openid-configuration"));

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
        config.put(
                "clientSecret",
                settings.clientSecret() != null && !settings.clientSecret().isBlank()
                        ? settings.clientSecret()
                        : existing.map(idp -> idp.config().get("clientSecret")).orElse(""));
        config.put("defaultScope", "openid profile email");
        config.put("pkceEnabled", "true");
        config.put("pkceMethod", "S256");
        config.put("syncMode", "IMPORT");
        config.put("kc.org.domain", domain);
        config.put("kc.org.broker.redirect.mode.email-matches", "true");
        String displayName =
                settings.displayName() != null && !settings.displayName().isBlank()
                        ? settings.displayName().trim()
                        : tenant.name();

        ensureDomain(orgId, tenant, domain);
        IdentityProvider idp = new IdentityProvider(
                alias,
                displayName,
                "oidc",
                true,
                true,
                true,
                "first broker login",
                existing.isPresent() ? orgId : null,
                config);
        if (existing.isPresent()) {
            identityProviders.update(alias, idp);
            audit.record(
                    tenant.id(),
                    actor,
                    "sso.updated",
                    "sso",
                    alias,
                    Map.of(
                            "issuer",
                            issuer,
                            "domain",
                            domain,
                            "clientId",
                            settings.clientId().trim(),
                            "secretChanged",
                            settings.clientSecret() != null
                                    && !settings.clientSecret().isBlank()));
        } else {
            identityProviders.create(idp);
            try {
                String baseRole = tenant.kind() == TenantKind.CONSULTANCY ? Roles.CONSULTANT : Roles.RESPONDENT;
                identityProviders.addMapper(
                        alias,
                        Map.of(
                                "name",
                                "base role " + baseRole,
                                "identityProviderAlias",
                                alias,
                                "identityProviderMapper",
                                "oidc-hardcoded-role-idp-mapper",
                                "config",
                                Map.of("role", baseRole, "syncMode", "INHERIT")));
                identityProviders.addMapper(
                        alias,
                        Map.of(
                                "name",
                                "business function on first sign-in",
                                "identityProviderAlias",
                                alias,
                                "identityProviderMapper",
                                "hardcoded-attribute-idp-mapper",
                                "config",
                                Map.of(
                                        "attribute",
                                        UserAdministration.BUSINESS_FUNCTION,
                                        "attribute.value",
                                        "other",
                                        "syncMode",
                                        "IMPORT")));
                organizations.linkIdentityProvider(orgId, KeycloakRepresentations.jsonString(alias));
                audit.record(
                        tenant.id(),
                        actor,
                        "sso.linked",
                        "sso",
                        alias,
                        Map.of(
                                "issuer",
                                issuer,
                                "domain",
                                domain,
                                "clientId",
                                settings.clientId().trim()));
            } catch (RuntimeException e) {
                repairs.undo(
                        KeycloakRepairs.Action.DELETE_IDENTITY_PROVIDER,
                        alias,
                        "linking company sign-in of " + tenant.alias() + " failed: " + e.getMessage());
                throw e;
            }
        }
        return get(tenant);
    }

    public void delete(CurrentUser actor, Tenant tenant) {
        String orgId = organizationId(tenant);
        SsoView current = get(tenant);
        organizations.unlinkIdentityProvider(orgId, current.alias());
        identityProviders.delete(current.alias());
        audit.record(
                tenant.id(),
                actor,
                "sso.unlinked",
                "sso",
                current.alias(),
                Map.of("issuer", current.issuer(), "domain", current.domain()));
    }

    private void ensureDomain(String orgId, Tenant tenant, String domain) {
        Organization org = lookups.organization(tenant.alias())
                .orElseThrow(() -> NotFoundException.of("problem.not-found.organization"));
        List<Domain> domains = new ArrayList<>(org.domains() == null ? List.of() : org.domains());
        if (domains.stream().noneMatch(d -> domain.equalsIgnoreCase(d.name()))) {
            domains.add(new Domain(domain, false));
            try {
                organizations.update(org.id(), org.withDomains(domains));
            } catch (ConflictException e) {
                throw new ConflictException("domain-taken", "problem.domain-taken", domain)
                        .withField("domain", "violation.domain-of-another-organization");
            }
        }
    }

    /** The settings' constraints, and what needs the link's state: a secret for a new link, an https issuer. */
    private String validate(SsoSettings s, boolean creating) {
        List<FieldError> errors = Validation.violations(validator, s);
        String issuer = s.issuer() == null ? null : s.issuer().trim().replaceAll("/+$", "");
        if (issuer != null && !issuer.isBlank()) {
            try {
                URI uri = URI.create(issuer);
                String host = uri.getHost();
                boolean local = "localhost".equals(host) || "127.0.0.1".equals(host);
                if (host == null
                        || !("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local))
                        || uri.getQuery() != null
                        || uri.getFragment() != null
                        || issuer.length() > 500) {
                    errors.add(FieldError.of("issuer", "violation.issuer-https"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("issuer", "violation.url"));
            }
        }
        if (creating && (s.clientSecret() == null || s.clientSecret().isBlank())) {
            errors.add(FieldError.of("clientSecret", "jakarta.validation.constraints.NotBlank.message"));
        }
        Validation.throwIfAny(errors);
        return issuer;
    }

    private SsoView view(IdentityProvider idp) {
        Map<String, String> c = idp.config() == null ? new HashMap<>() : idp.config();
        return new SsoView(
                idp.alias(),
                idp.displayName() == null ? idp.alias() : idp.displayName(),
                c.getOrDefault("issuer", ""),
                c.getOrDefault("clientId", ""),
                c.getOrDefault("kc.org.domain", ""),
                idp.enabled(),
                keycloak.publicRealmUrl() + "/broker/" + idp.alias() + "/endpoint");
    }

    private String organizationId(Tenant tenant) {
        return lookups.organizationId(tenant.alias())
                .orElseThrow(() -> new ConflictException("organization-missing", "problem.organization-missing"));
    }
}
