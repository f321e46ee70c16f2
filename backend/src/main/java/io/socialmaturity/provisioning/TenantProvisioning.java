package io.socialmaturity.provisioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.errors.Validation;
import io.socialmaturity.platform.keycloak.KeycloakLookups;
import io.socialmaturity.platform.keycloak.KeycloakOrganizations;
import io.socialmaturity.platform.keycloak.KeycloakRepairs;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Domain;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Member;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Organization;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.UserRep;
import io.socialmaturity.platform.keycloak.KeycloakUsers;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.tenant.TenantStatus;
import io.socialmaturity.users.UserAdministration;
import io.socialmaturity.users.UserCommands;
import io.socialmaturity.vocabulary.Country;
import io.socialmaturity.vocabulary.EmailDomain;
import io.socialmaturity.vocabulary.Industry;
import io.socialmaturity.vocabulary.SizeBand;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Platform admins create tenants (a Keycloak Organization, the product's record, and the first tenant admin, all or
 * nothing) and disable or re-enable them. A disabled tenant's organization is disabled in Keycloak, the accounts that
 * belong only to it are disabled (and remembered, so re-enabling restores exactly those), and the API refuses its
 * tokens at once.
 */
@Singleton
public class TenantProvisioning {

    /** A tenant's alias (surrounding spaces ignored): 3–40 lowercase letters, digits or dashes. */
    static final String ALIAS = "\\s*[a-z0-9][a-z0-9-]{1,38}[a-z0-9]\\s*";

    private final TenantService tenants;
    private final KeycloakUsers keycloakUsers;
    private final KeycloakOrganizations organizations;
    private final KeycloakLookups lookups;
    private final KeycloakRepairs repairs;
    private final UserAdministration users;
    private final TenantSuspensionRepository suspensions;
    private final TenantDeletionRepository deletions;
    private final TenantDeletionProperties deletionProperties;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;

    TenantProvisioning(
            TenantService tenants,
            KeycloakUsers keycloakUsers,
            KeycloakOrganizations organizations,
            KeycloakLookups lookups,
            KeycloakRepairs repairs,
            UserAdministration users,
            TenantSuspensionRepository suspensions,
            TenantDeletionRepository deletions,
            TenantDeletionProperties deletionProperties,
            AuditService audit,
            Validator validator,
            Clock clock) {
        this.tenants = tenants;
        this.keycloakUsers = keycloakUsers;
        this.organizations = organizations;
        this.lookups = lookups;
        this.validator = validator;
        this.repairs = repairs;
        this.users = users;
        this.suspensions = suspensions;
        this.deletions = deletions;
        this.deletionProperties = deletionProperties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new tenant; its first admin is checked as a new user of it ({@link UserCommands.NewUser}). */
    @Serdeable
    public record NewTenant(
            @NotNull(message = "{violation.alias}") @Pattern(regexp = ALIAS, message = "{violation.alias}")
            String alias,

            @NotBlank @Size(max = 200, message = "{violation.max-length}")
            String name,

            @NotNull(message = "{violation.tenant-kind}") TenantKind kind,

            @NotNull(message = "{violation.industry}") @Industry
            String industry,

            @NotNull(message = "{violation.size-band}") @SizeBand
            String sizeBand,

            @NotNull(message = "{violation.country}") @Country
            String country,

            @NotNull(message = "{violation.tenant-domain}") @EmailDomain(message = "{violation.tenant-domain}")
            String domain,

            @NotNull FirstAdmin firstAdmin) {}

    @Serdeable
    public record FirstAdmin(
            @Nullable String email,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String businessFunction,
            @Nullable UserCommands.Onboarding onboarding,
            @Nullable String initialPassword) {}

    /** Changes to a tenant; what is left out stays. */
    @Serdeable
    public record TenantChanges(
            @Nullable
            @Pattern(regexp = "(?s).*\\S.*", message = "{violation.name-length}")
            @Size(max = 200, message = "{violation.name-length}")
            String name,

            @Nullable @Industry String industry,
            @Nullable @SizeBand String sizeBand,
            @Nullable @Country String country,
            @Nullable TenantStatus status) {}

    @Serdeable
    public record TenantView(
            String alias,
            String name,
            TenantKind kind,
            @Nullable String industry,
            @Nullable String sizeBand,
            @Nullable String country,
            TenantStatus status,
            List<String> domains,
            @Nullable Instant createdAt,
            @Nullable Instant deletionDueAt) {}

    public PageResponse<TenantView> list(@Nullable String search, Paging paging) {
        TenantService.TenantPage found = tenants.page(search, paging.size(), paging.offset());
        List<Long> ids = found.items().stream().map(d -> d.tenant().id()).toList();
        Map<Long, Instant> due = new HashMap<>();
        if (!ids.isEmpty()) {
            deletions.findAll(ids).forEach(r -> due.put(r.tenantId(), r.dueAt()));
        }
        return new PageResponse<>(
                found.items().stream()
                        .map(d -> view(
                                d,
                                domains(d.tenant().alias()),
                                due.get(d.tenant().id())))
                        .toList(),
                paging.page(),
                paging.size(),
                found.total());
    }

    public TenantView get(String alias) {
        return tenants.details(alias)
                .map(d -> view(
                        d,
                        domains(alias),
                        deletions
                                .find(d.tenant().id())
                                .map(TenantDeletionRecord::dueAt)
                                .orElse(null)))
                .orElseThrow(() -> NotFoundException.of("problem.not-found.tenant"));
    }

    public Tenant require(String alias) {
        return tenants.findFresh(alias).orElseThrow(() -> NotFoundException.of("problem.not-found.tenant"));
    }

    /** Creates the organization, the product's record and the first admin; any failure undoes all of it. */
    public TenantView create(CurrentUser actor, NewTenant c) {
        Validation.throwIfAny(Validation.violations(validator, c));
        String alias = c.alias().trim();
        String domain = c.domain().trim().toLowerCase(Locale.ROOT);
        FirstAdmin a = c.firstAdmin();
        UserCommands.NewUser admin = new UserCommands.NewUser(
                a.email(),
                a.firstName(),
                a.lastName(),
                a.businessFunction() == null ? "executive" : a.businessFunction(),
                List.of(Roles.TENANT_ADMIN),
                a.onboarding(),
                a.initialPassword(),
                true);
        try {
            users.validate(
                    actor, new Tenant(0, alias, c.name(), c.kind(), null, null, null, TenantStatus.ACTIVE), admin);
        } catch (InvalidException e) {
            throw e.prefixed("firstAdmin.");
        }
        if (tenants.findFresh(alias).isPresent() || lookups.organization(alias).isPresent()) {
            throw new ConflictException("alias-taken", "problem.alias-taken", alias)
                    .withField("alias", "violation.taken");
        }

        String orgId;
        try {
            orgId = lookups.createOrganization(new Organization(
                    null, alias, c.name().trim(), true, null, List.of(new Domain(domain, false)), null));
        } catch (ConflictException e) {
            throw new ConflictException("organization-conflict", "problem.organization-conflict")
                    .withField("domain", "violation.domain-maybe-another-organization");
        }
        Tenant tenant = null;
        try {
            tenant = tenants.create(
                    alias,
                    c.name().trim(),
                    c.kind(),
                    c.industry(),
                    c.sizeBand(),
                    c.country().toUpperCase(Locale.ROOT));
            users.create(actor, tenant, admin);
            audit.record(
                    tenant.id(),
                    actor,
                    "tenant.created",
                    "tenant",
                    alias,
                    Map.of(
                            "kind",
                            c.kind().name(),
                            "domain",
                            domain,
                            "firstAdmin",
                            admin.email().trim().toLowerCase(Locale.ROOT)));
            audit.recordPlatform(
                    actor,
                    "tenant.created",
                    alias,
                    "tenant",
                    alias,
                    Map.of("kind", c.kind().name(), "domain", domain));
        } catch (RuntimeException e) {
            if (tenant != null) {
                try {
                    tenants.delete(tenant.id());
                } catch (RuntimeException ignored) {
                    // the record stays without an organization; the alias check above reports it on a retry
                }
            }
            repairs.undo(
                    KeycloakRepairs.Action.DELETE_ORGANIZATION,
                    orgId,
                    "creating tenant " + alias + " failed: " + e.getMessage());
            throw e;
        }
        return get(alias);
    }

    /** Changes the descriptive fields; a status change disables or re-enables the tenant. */
    public TenantView update(CurrentUser actor, String alias, TenantChanges c) {
        Tenant tenant = require(alias);
        Validation.throwIfAny(Validation.violations(validator, c));
        if (c.status() == TenantStatus.ACTIVE && !tenant.active()) {
            deletions.find(tenant.id()).ifPresent(d -> {
                throw pending(alias, d);
            });
        }
        if (c.status() == TenantStatus.DISABLED && tenant.active()) {
            disable(actor, tenant);
        } else if (c.status() == TenantStatus.ACTIVE && !tenant.active()) {
            enable(actor, tenant);
        }
        if (c.name() != null && !c.name().trim().equals(tenant.name())) {
            lookups.organization(alias)
                    .ifPresent(o ->
                            organizations.update(o.id(), o.withName(c.name().trim())));
        }
        tenants.update(
                alias,
                c.name() == null ? null : c.name().trim(),
                c.industry(),
                c.sizeBand(),
                c.country() == null ? null : c.country().toUpperCase(Locale.ROOT),
                c.status());
        if (c.name() != null || c.industry() != null || c.sizeBand() != null || c.country() != null) {
            audit.record(tenant.id(), actor, "tenant.updated", "tenant", alias, Map.of());
            audit.recordPlatform(actor, "tenant.updated", alias, "tenant", alias, Map.of());
        }
        return get(alias);
    }

    /**
     * Requests the tenant's deletion: it is disabled now (its users can no longer sign in or call the API) and
     * purged by {@link TenantPurgeJob} after the grace period, unless a platform admin restores it before.
     */
    public TenantView requestDeletion(CurrentUser actor, String alias) {
        Tenant tenant = require(alias);
        var existing = deletions.find(tenant.id());
        if (existing.isPresent()) {
            throw pending(alias, existing.get());
        }
        boolean wasDisabled = !tenant.active();
        if (!wasDisabled) {
            disable(actor, tenant);
            tenants.update(alias, null, null, null, null, TenantStatus.DISABLED);
        }
        Instant now = Instant.now(clock);
        Instant due = now.plus(deletionProperties.grace());
        deletions.insert(tenant.id(), now, actor.id(), due, wasDisabled);
        Map<String, Object> details = Map.of("dueAt", due.toString(), "wasDisabled", wasDisabled);
        audit.record(tenant.id(), actor, "tenant.deletion-requested", "tenant", alias, details);
        audit.recordPlatform(actor, "tenant.deletion-requested", alias, "tenant", alias, details);
        return get(alias);
    }

    /** Cancels a pending deletion; the tenant is enabled again unless it was already disabled before the request. */
    public TenantView restore(CurrentUser actor, String alias) {
        Tenant tenant = require(alias);
        TenantDeletionRecord d = deletions
                .find(tenant.id())
                .orElseThrow(
                        () -> new ConflictException("tenant-deletion-none", "problem.tenant-deletion-none", alias));
        deletions.delete(tenant.id());
        if (!d.wasDisabled() && !tenant.active()) {
            enable(actor, tenant);
            tenants.update(alias, null, null, null, null, TenantStatus.ACTIVE);
        }
        Map<String, Object> details = Map.of("enabled", !d.wasDisabled());
        audit.record(tenant.id(), actor, "tenant.restored", "tenant", alias, details);
        audit.recordPlatform(actor, "tenant.restored", alias, "tenant", alias, details);
        return get(alias);
    }

    private static ConflictException pending(String alias, TenantDeletionRecord d) {
        return new ConflictException(
                        "tenant-deletion-pending",
                        "problem.tenant-deletion-pending",
                        alias,
                        d.dueAt().toString().substring(0, 10))
                .withExtra(Map.of("deletionDueAt", d.dueAt().toString()));
    }

    private void disable(CurrentUser actor, Tenant tenant) {
        Organization org = lookups.organization(tenant.alias())
                .orElseThrow(() -> NotFoundException.of("problem.not-found.organization"));
        List<String> suspended = new ArrayList<>();
        try {
            organizations.update(org.id(), org.withEnabled(false));
            for (int first = 0; ; first += 100) {
                List<Member> page = organizations.members(org.id(), null, first, 100, false);
                for (Member m : page) {
                    if (!Boolean.FALSE.equals(m.enabled())
                            && organizations.organizationsOf(m.id(), true).size() <= 1
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
                organizations.update(org.id(), org.withEnabled(true));
            } catch (RuntimeException ignored) {
                // the organization stays disabled in Keycloak while the product still has the tenant active
            }
            throw e;
        }
        audit.record(
                tenant.id(),
                actor,
                "tenant.disabled",
                "tenant",
                tenant.alias(),
                Map.of("accountsDisabled", suspended.size()));
        audit.recordPlatform(
                actor,
                "tenant.disabled",
                tenant.alias(),
                "tenant",
                tenant.alias(),
                Map.of("accountsDisabled", suspended.size()));
    }

    private void enable(CurrentUser actor, Tenant tenant) {
        Organization org = lookups.organization(tenant.alias())
                .orElseThrow(() -> NotFoundException.of("problem.not-found.organization"));
        organizations.update(org.id(), org.withEnabled(true));
        List<String> restored = suspensions.users(tenant.id());
        for (String userId : restored) {
            setEnabled(userId, true);
            suspensions.remove(tenant.id(), userId);
        }
        audit.record(
                tenant.id(),
                actor,
                "tenant.enabled",
                "tenant",
                tenant.alias(),
                Map.of("accountsEnabled", restored.size()));
        audit.recordPlatform(
                actor,
                "tenant.enabled",
                tenant.alias(),
                "tenant",
                tenant.alias(),
                Map.of("accountsEnabled", restored.size()));
    }

    private void setEnabled(String userId, boolean enabled) {
        keycloakUsers
                .user(userId)
                .ifPresent(u -> keycloakUsers.update(
                        u.id(),
                        new UserRep(
                                u.id(),
                                u.username(),
                                u.email(),
                                u.firstName(),
                                u.lastName(),
                                enabled,
                                u.emailVerified(),
                                null,
                                u.requiredActions(),
                                u.attributes())));
    }

    private List<String> domains(String alias) {
        return lookups.organization(alias)
                .map(o -> o.domains() == null
                        ? List.<String>of()
                        : o.domains().stream().map(Domain::name).toList())
                .orElse(List.of());
    }

    private static TenantView view(
            TenantService.TenantDetails d, List<String> domains, @Nullable Instant deletionDueAt) {
        Tenant t = d.tenant();
        return new TenantView(
                t.alias(),
                t.name(),
                t.kind(),
                t.industry(),
                t.sizeBand(),
                t.country(),
                t.status(),
                domains,
                d.createdAt(),
                deletionDueAt);
    }
}
