package io.socialmaturity.provisioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.keycloak.KeycloakAdmin;
import io.socialmaturity.platform.keycloak.KeycloakRepairs;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.platform.web.Problem;
import io.socialmaturity.platform.web.ProblemException;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.tenant.TenantStatus;
import io.socialmaturity.users.CompanySso;
import io.socialmaturity.users.UserAdministration;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Platform admins create tenants (a Keycloak Organization, the product's record, and the first tenant admin, all or
 * nothing) and disable or re-enable them. A disabled tenant's organization is disabled in Keycloak, the accounts that
 * belong only to it are disabled (and remembered, so re-enabling restores exactly those), and the API refuses its
 * tokens at once.
 */
@Singleton
public class TenantProvisioning {

    public static final List<String> INDUSTRIES = List.of("manufacturing", "retail", "consulting", "financial-services",
            "technology", "healthcare", "public-sector", "education", "media", "energy", "transport", "hospitality",
            "other");
    public static final List<String> SIZE_BANDS = List.of("1-9", "10-49", "50-249", "250-999", "1000-4999", "5000+");
    static final Pattern ALIAS = Pattern.compile("^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$");
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final TenantService tenants;
    private final KeycloakAdmin keycloak;
    private final KeycloakRepairs repairs;
    private final UserAdministration users;
    private final TenantSuspensionRepository suspensions;
    private final AuditService audit;

    TenantProvisioning(TenantService tenants, KeycloakAdmin keycloak, KeycloakRepairs repairs, UserAdministration users,
                       TenantSuspensionRepository suspensions, AuditService audit) {
        this.tenants = tenants;
        this.keycloak = keycloak;
        this.repairs = repairs;
        this.users = users;
        this.suspensions = suspensions;
        this.audit = audit;
    }

    @Serdeable
    public record NewTenant(@Nullable String alias, @Nullable String name, @Nullable TenantKind kind,
                            @Nullable String industry, @Nullable String sizeBand, @Nullable String country,
                            @Nullable String domain, @Nullable FirstAdmin firstAdmin) {
    }

    @Serdeable
    public record FirstAdmin(@Nullable String email, @Nullable String firstName, @Nullable String lastName,
                             @Nullable String businessFunction, @Nullable UserAdministration.Onboarding onboarding,
                             @Nullable String initialPassword) {
    }

    @Serdeable
    public record TenantChanges(@Nullable String name, @Nullable String industry, @Nullable String sizeBand,
                                @Nullable String country, @Nullable TenantStatus status) {
    }

    @Serdeable
    public record TenantView(String alias, String name, TenantKind kind, @Nullable String industry,
                             @Nullable String sizeBand, @Nullable String country, TenantStatus status,
                             List<String> domains, @Nullable Instant createdAt) {
    }

    public PageResponse<TenantView> list(@Nullable String search, Paging paging) {
        TenantService.TenantPage found = tenants.page(search, paging.size(), paging.offset());
        return new PageResponse<>(found.items().stream().map(d -> view(d, domains(d.tenant().alias()))).toList(),
                paging.page(), paging.size(), found.total());
    }

    public TenantView get(String alias) {
        return tenants.details(alias).map(d -> view(d, domains(alias)))
                .orElseThrow(() -> ProblemException.notFound("The tenant"));
    }

    public Tenant require(String alias) {
        return tenants.findFresh(alias).orElseThrow(() -> ProblemException.notFound("The tenant"));
    }

    /** Creates the organization, the product's record and the first admin; any failure undoes all of it. */
    public TenantView create(CurrentUser actor, NewTenant c) {
        List<Problem.Violation> violations = new ArrayList<>();
        String alias = c.alias() == null ? null : c.alias().trim();
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            violations.add(new Problem.Violation("alias", "must be 3–40 lowercase letters, digits or dashes"));
        }
        if (c.name() == null || c.name().isBlank()) {
            violations.add(new Problem.Violation("name", "must not be blank"));
        } else if (c.name().length() > 200) {
            violations.add(new Problem.Violation("name", "must have at most 200 characters"));
        }
        if (c.kind() == null) {
            violations.add(new Problem.Violation("kind", "must be COMPANY or CONSULTANCY"));
        }
        validateSegment(violations, c.industry(), c.sizeBand(), c.country(), true);
        String domain = c.domain() == null ? null : c.domain().trim().toLowerCase(Locale.ROOT);
        if (domain == null || !CompanySso.DOMAIN.matcher(domain).matches()) {
            violations.add(new Problem.Violation("domain", "must be the company's email domain, such as example.com"));
        }
        FirstAdmin a = c.firstAdmin();
        if (a == null) {
            violations.add(new Problem.Violation("firstAdmin", "must not be null"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        UserAdministration.NewUser admin = new UserAdministration.NewUser(a.email(), a.firstName(), a.lastName(),
                a.businessFunction() == null ? "executive" : a.businessFunction(), List.of(Roles.TENANT_ADMIN),
                a.onboarding(), a.initialPassword(), true);
        try {
            users.validate(actor, new Tenant(0, alias, c.name(), c.kind(), null, null, null, TenantStatus.ACTIVE), admin);
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            throw ProblemException.invalid(e.violations().stream().map(v -> new Problem.Violation("firstAdmin." + v.field(), v.message()))
                    .toList());
        }
        if (tenants.findFresh(alias).isPresent() || keycloak.organization(alias).isPresent()) {
            throw new ProblemException(HttpStatus.CONFLICT, "alias-taken", "Alias in use",
                    "A tenant with the alias " + alias + " exists already.",
                    List.of(new Problem.Violation("alias", "is taken")), Map.of());
        }

        String orgId;
        try {
            orgId = keycloak.createOrganization(new KeycloakAdmin.Organization(null, alias, c.name().trim(), true, null,
                    List.of(new KeycloakAdmin.Domain(domain, false)), null));
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.CONFLICT) {
                throw new ProblemException(HttpStatus.CONFLICT, "organization-conflict", "Alias or domain in use",
                        "The identity provider already has an organization with this alias or domain.",
                        List.of(new Problem.Violation("domain", "may belong to another organization")), Map.of());
            }
            throw e;
        }
        Tenant tenant = null;
        try {
            tenant = tenants.create(alias, c.name().trim(), c.kind(), c.industry(), c.sizeBand(),
                    c.country().toUpperCase(Locale.ROOT));
            users.create(actor, tenant, admin);
            audit.record(tenant.id(), actor, "tenant.created", "tenant", alias, Map.of("kind", c.kind().name(),
                    "domain", domain, "firstAdmin", admin.email().trim().toLowerCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            if (tenant != null) {
                try {
                    tenants.delete(tenant.id());
                } catch (RuntimeException ignored) {
                    // the record stays without an organization; the alias check above reports it on a retry
                }
            }
            repairs.undo(KeycloakRepairs.Action.DELETE_ORGANIZATION, orgId,
                    "creating tenant " + alias + " failed: " + e.getMessage());
            throw e;
        }
        return get(alias);
    }

    /** Changes the descriptive fields; a status change disables or re-enables the tenant. */
    public TenantView update(CurrentUser actor, String alias, TenantChanges c) {
        Tenant tenant = require(alias);
        List<Problem.Violation> violations = new ArrayList<>();
        if (c.name() != null && (c.name().isBlank() || c.name().length() > 200)) {
            violations.add(new Problem.Violation("name", "must have 1–200 characters"));
        }
        validateSegment(violations, c.industry(), c.sizeBand(), c.country(), false);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (c.status() == TenantStatus.DISABLED && tenant.active()) {
            disable(actor, tenant);
        } else if (c.status() == TenantStatus.ACTIVE && !tenant.active()) {
            enable(actor, tenant);
        }
        if (c.name() != null && !c.name().trim().equals(tenant.name())) {
            keycloak.organization(alias).ifPresent(o -> keycloak.updateOrganization(o.withName(c.name().trim())));
        }
        tenants.update(alias, c.name() == null ? null : c.name().trim(), c.industry(), c.sizeBand(),
                c.country() == null ? null : c.country().toUpperCase(Locale.ROOT), c.status());
        if (c.name() != null || c.industry() != null || c.sizeBand() != null || c.country() != null) {
            audit.record(tenant.id(), actor, "tenant.updated", "tenant", alias, Map.of());
        }
        return get(alias);
    }

    private void disable(CurrentUser actor, Tenant tenant) {
        KeycloakAdmin.Organization org = keycloak.organization(tenant.alias())
                .orElseThrow(() -> ProblemException.notFound("The organization"));
        List<String> suspended = new ArrayList<>();
        try {
            keycloak.updateOrganization(org.withEnabled(false));
            for (int first = 0; ; first += 100) {
                List<KeycloakAdmin.Member> page = keycloak.members(org.id(), null, first, 100);
                for (KeycloakAdmin.Member m : page) {
                    if (!Boolean.FALSE.equals(m.enabled()) && keycloak.organizationsOf(m.id()).size() <= 1
                            && !m.id().equals(actor.id())) {
                        setEnabled(m.id(), false);
                        suspensions.add(tenant.id(), m.id());
                        suspended.add(m.id());
                    }
                }
                if (page.size() < 100) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            for (String userId : suspended) {
                try {
                    setEnabled(userId, true);
                    suspensions.remove(tenant.id(), userId);
                } catch (RuntimeException ignored) {
                    // stays recorded: re-enabling the tenant later restores it
                }
            }
            try {
                keycloak.updateOrganization(org.withEnabled(true));
            } catch (RuntimeException ignored) {
                // the organization stays disabled in Keycloak while the product still has the tenant active
            }
            throw e;
        }
        audit.record(tenant.id(), actor, "tenant.disabled", "tenant", tenant.alias(),
                Map.of("accountsDisabled", suspended.size()));
    }

    private void enable(CurrentUser actor, Tenant tenant) {
        KeycloakAdmin.Organization org = keycloak.organization(tenant.alias())
                .orElseThrow(() -> ProblemException.notFound("The organization"));
        keycloak.updateOrganization(org.withEnabled(true));
        List<String> restored = suspensions.users(tenant.id());
        for (String userId : restored) {
            setEnabled(userId, true);
            suspensions.remove(tenant.id(), userId);
        }
        audit.record(tenant.id(), actor, "tenant.enabled", "tenant", tenant.alias(),
                Map.of("accountsEnabled", restored.size()));
    }

    private void setEnabled(String userId, boolean enabled) {
        keycloak.user(userId).ifPresent(u -> keycloak.updateUser(new KeycloakAdmin.UserRep(u.id(), u.username(),
                u.email(), u.firstName(), u.lastName(), enabled, u.emailVerified(), null, u.requiredActions(),
                u.attributes())));
    }

    private static void validateSegment(List<Problem.Violation> violations, @Nullable String industry,
                                        @Nullable String sizeBand, @Nullable String country, boolean required) {
        if (industry == null ? required : !INDUSTRIES.contains(industry)) {
            violations.add(new Problem.Violation("industry", "must be one of " + String.join(", ", INDUSTRIES)));
        }
        if (sizeBand == null ? required : !SIZE_BANDS.contains(sizeBand)) {
            violations.add(new Problem.Violation("sizeBand", "must be one of " + String.join(", ", SIZE_BANDS)));
        }
        if (country == null ? required : !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
            violations.add(new Problem.Violation("country", "must be an ISO 3166-1 alpha-2 code such as IT"));
        }
    }

    private List<String> domains(String alias) {
        return keycloak.organization(alias).map(o -> o.domains() == null ? List.<String>of()
                : o.domains().stream().map(KeycloakAdmin.Domain::name).toList()).orElse(List.of());
    }

    private static TenantView view(TenantService.TenantDetails d, List<String> domains) {
        Tenant t = d.tenant();
        return new TenantView(t.alias(), t.name(), t.kind(), t.industry(), t.sizeBand(), t.country(), t.status(),
                domains, d.createdAt());
    }
}
