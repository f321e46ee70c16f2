package io.socialmaturity.provisioning;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.benchmark.BenchmarkService;
import io.socialmaturity.platform.keycloak.KeycloakClients;
import io.socialmaturity.platform.keycloak.KeycloakIdentityProviders;
import io.socialmaturity.platform.keycloak.KeycloakLookups;
import io.socialmaturity.platform.keycloak.KeycloakOrganizations;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.IdentityProvider;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Member;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Organization;
import io.socialmaturity.platform.keycloak.KeycloakUsers;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantService;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges the tenants whose deletion grace period has ended, hourly on every replica (unless
 * {@code maturity.tenant-deletion.jobs-enabled=false}; tests call {@link #purgeDue} with the time they want).
 * Each tenant is claimed with {@code FOR UPDATE SKIP LOCKED} on its {@code tenant_deletion} row, so one replica
 * purges it. Keycloak goes first: the tenant's API clients, the accounts that are members of no other organization,
 * the identity providers linked to the organization, then the organization. Every step ignores what is already gone,
 * so a purge that failed half-way (Keycloak unreachable) is simply repeated on the next run, its rows still there.
 * Then every row ({@link TenantPurge}), the benchmark population rebuilt without it, and {@code tenant.purged} in
 * the platform's trail, with counts only.
 */
@Singleton
class TenantPurgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(TenantPurgeJob.class);
    private static final int PAGE = 100;

    private final TenantDeletionRepository deletions;
    private final TenantPurge purge;
    private final TenantService tenants;
    private final KeycloakLookups lookups;
    private final KeycloakOrganizations organizations;
    private final KeycloakUsers users;
    private final KeycloakClients clients;
    private final KeycloakIdentityProviders identityProviders;
    private final BenchmarkService benchmarks;
    private final AuditService audit;
    private final TenantDeletionProperties properties;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    TenantPurgeJob(
            TenantDeletionRepository deletions,
            TenantPurge purge,
            TenantService tenants,
            KeycloakLookups lookups,
            KeycloakOrganizations organizations,
            KeycloakUsers users,
            KeycloakClients clients,
            KeycloakIdentityProviders identityProviders,
            BenchmarkService benchmarks,
            AuditService audit,
            TenantDeletionProperties properties,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.deletions = deletions;
        this.purge = purge;
        this.tenants = tenants;
        this.lookups = lookups;
        this.organizations = organizations;
        this.users = users;
        this.clients = clients;
        this.identityProviders = identityProviders;
        this.benchmarks = benchmarks;
        this.audit = audit;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void tick() {
        if (!properties.jobsEnabled()) {
            return;
        }
        try {
            purgeDue(Instant.now(clock));
        } catch (RuntimeException e) {
            LOG.warn("Tenant purge could not run: {}", e.getMessage());
        }
    }

    /** Purges every tenant whose grace period ended by {@code now}; returns the aliases purged. */
    List<String> purgeDue(Instant now) {
        List<String> purged = new ArrayList<>();
        for (long tenantId : deletions.due(now)) {
            try {
                transactions
                        .executeWrite(status -> purgeOne(status.getConnection(), tenantId, now))
                        .ifPresent(purged::add);
            } catch (RuntimeException e) {
                LOG.warn("Tenant {} could not be purged, retried on the next run: {}", tenantId, e.getMessage());
            }
        }
        return purged;
    }

    private Optional<String> purgeOne(Connection c, long tenantId, Instant now) {
        Optional<TenantDeletionRecord> claimed = deletions.claim(tenantId);
        if (claimed.isEmpty() || claimed.get().dueAt().isAfter(now)) {
            return Optional.empty(); // restored meanwhile, or another replica is purging it
        }
        Tenant tenant = tenants.findById(tenantId).orElse(null);
        if (tenant == null) {
            deletions.delete(tenantId);
            return Optional.empty();
        }
        Map<String, Object> counts = new LinkedHashMap<>(purgeKeycloak(c, tenant));
        List<Long> versions = benchmarkVersions(c, tenantId);
        Map<String, Integer> rows = purge.deleteRows(c, tenantId);
        tenants.evict(tenant.alias());
        versions.forEach(benchmarks::rebuild);
        counts.put("rows", rows.values().stream().mapToInt(Integer::intValue).sum());
        counts.put("assessments", rows.getOrDefault("assessment", 0));
        audit.recordPlatformSystem("tenant purge", "tenant.purged", tenant.alias(), "tenant", tenant.alias(), counts);
        LOG.info("Tenant {} purged: {}", tenant.alias(), counts);
        return Optional.of(tenant.alias());
    }

    private Map<String, Object> purgeKeycloak(Connection c, Tenant tenant) {
        int clientsDeleted = 0;
        for (String keycloakId : apiClients(c, tenant.id())) {
            clients.delete(keycloakId);
            clientsDeleted++;
        }
        int accountsDeleted = 0;
        int providersDeleted = 0;
        Optional<Organization> org = lookups.organization(tenant.alias());
        if (org.isPresent()) {
            String orgId = org.get().id();
            List<String> onlyHere = new ArrayList<>();
            for (int first = 0; ; first += PAGE) {
                List<Member> page = organizations.members(orgId, null, first, PAGE, true);
                for (Member m : page) {
                    if (organizations.organizationsOf(m.id(), true).stream().allMatch(o -> orgId.equals(o.id()))) {
                        onlyHere.add(m.id());
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            for (String userId : onlyHere) {
                users.delete(userId);
                accountsDeleted++;
            }
            for (IdentityProvider idp : organizations.identityProviders(orgId)) {
                organizations.unlinkIdentityProvider(orgId, idp.alias());
                identityProviders.delete(idp.alias());
                providersDeleted++;
            }
            lookups.deleteOrganization(orgId);
        }
        return Map.of(
                "apiClients", clientsDeleted,
                "accounts", accountsDeleted,
                "identityProviders", providersDeleted,
                "organization", org.isPresent());
    }

    private static List<String> apiClients(Connection c, long tenantId) {
        return strings(c, "SELECT keycloak_id FROM api_client WHERE tenant_id = ? AND deleted_at IS NULL", tenantId);
    }

    private static List<Long> benchmarkVersions(Connection c, long tenantId) {
        return strings(c, "SELECT DISTINCT framework_version_id FROM benchmark_member WHERE company_id = ?", tenantId)
                .stream()
                .map(Long::valueOf)
                .toList();
    }

    private static List<String> strings(Connection c, String sql, long tenantId) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, tenantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
