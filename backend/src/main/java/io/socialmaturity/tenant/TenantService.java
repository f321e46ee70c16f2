package io.socialmaturity.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant feature's public face. Lookups by alias run on every API request, so they are cached
 * briefly; a tenant that is disabled stops working within {@link #CACHE_TTL} on every replica.
 */
@Singleton
public class TenantService {

    static final Duration CACHE_TTL = Duration.ofSeconds(10);

    private final TenantRepository repository;
    private final Map<String, Cached> byAlias = new ConcurrentHashMap<>();
    private final Clock clock;

    TenantService(TenantRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The tenant with this Keycloak Organization alias, if the product knows it. */
    public Optional<Tenant> findByAlias(String alias) {
        Instant now = Instant.now(clock);
        Cached cached = byAlias.get(alias);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.ofNullable(cached.tenant());
        }
        Tenant tenant = repository.findByAlias(alias).map(Tenant::of).orElse(null);
        byAlias.put(alias, new Cached(tenant, now.plus(CACHE_TTL)));
        return Optional.ofNullable(tenant);
    }

    /** The tenant with this internal id (not cached: used where a tenant is shown, not on every request). */
    public Optional<Tenant> findById(long id) {
        return repository.findById(id).map(Tenant::of);
    }

    /** The tenants with these internal ids, by id (one query, for lists). */
    public Map<Long, Tenant> findByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Tenant> out = new java.util.HashMap<>();
        repository.findByIdIn(ids).forEach(r -> out.put(r.id(), Tenant.of(r)));
        return out;
    }

    /** Active consultancies, by name: the directory a company picks from when it grants access. */
    public List<Tenant> activeConsultancies() {
        return repository.findByKindAndStatusOrderByName(TenantKind.CONSULTANCY, TenantStatus.ACTIVE).stream()
                .map(Tenant::of)
                .toList();
    }

    /**
     * Creates the tenant record unless one with the alias exists; returns the stored tenant. Safe when several
     * replicas ensure the same tenant at once: the unique alias lets one insert win, the others read it back.
     */
    public Tenant ensure(
            String alias,
            String name,
            TenantKind kind,
            @Nullable String industry,
            @Nullable String sizeBand,
            @Nullable String country) {
        Tenant tenant = repository
                .findByAlias(alias)
                .map(Tenant::of)
                .orElseGet(() -> insertOrReadWinner(new TenantRecord(
                        null, alias, name, kind, industry, sizeBand, country, TenantStatus.ACTIVE, null)));
        byAlias.remove(alias);
        return tenant;
    }

    /** The tenant as stored now, bypassing the cache (for administration). */
    public Optional<Tenant> findFresh(String alias) {
        return repository.findByAlias(alias).map(Tenant::of);
    }

    /** Locks the tenant's row for the caller's transaction. */
    public void lockForUpdate(long tenantId) {
        repository.lock(tenantId);
    }

    /**
     * A page of tenants by name ({@code limit} from {@code offset}), optionally filtered by a substring of the alias
     * or name, with the number of tenants that match.
     */
    public TenantPage page(@Nullable String search, int limit, long offset) {
        String like = search == null || search.isBlank()
                ? null
                : "%" + search.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new TenantPage(
                repository.page(like, limit, offset).stream()
                        .map(TenantDetails::of)
                        .toList(),
                repository.count(like));
    }

    /** Tenants of one page and how many match in all. */
    public record TenantPage(List<TenantDetails> items, long total) {}

    public Optional<TenantDetails> details(String alias) {
        return repository.findByAlias(alias).map(TenantDetails::of);
    }

    /** Stores a new tenant; the caller made sure the alias is free. */
    public Tenant create(String alias, String name, TenantKind kind, String industry, String sizeBand, String country) {
        Tenant tenant = Tenant.of(repository.save(
                new TenantRecord(null, alias, name, kind, industry, sizeBand, country, TenantStatus.ACTIVE, null)));
        byAlias.remove(alias);
        return tenant;
    }

    public void delete(long tenantId) {
        repository.deleteById(tenantId);
    }

    /** Drops the cached lookup of a tenant whose row another feature deleted (the purge of a tenant). */
    public void evict(String alias) {
        byAlias.remove(alias);
    }

    /** Changes the descriptive fields and the status; the cache entry is dropped at once on this replica. */
    public TenantDetails update(
            String alias,
            @Nullable String name,
            @Nullable String industry,
            @Nullable String sizeBand,
            @Nullable String country,
            @Nullable TenantStatus status) {
        TenantRecord r = repository.findByAlias(alias).orElseThrow();
        TenantRecord changed = new TenantRecord(
                r.id(),
                r.alias(),
                name != null ? name : r.name(),
                r.kind(),
                industry != null ? industry : r.industry(),
                sizeBand != null ? sizeBand : r.sizeBand(),
                country != null ? country : r.country(),
                status != null ? status : r.status(),
                r.createdAt());
        repository.update(changed);
        byAlias.remove(alias);
        return TenantDetails.of(changed);
    }

    /** A tenant with its creation time, for platform administration. */
    public record TenantDetails(Tenant tenant, @Nullable Instant createdAt) {
        static TenantDetails of(TenantRecord r) {
            return new TenantDetails(Tenant.of(r), r.createdAt());
        }
    }

    private Tenant insertOrReadWinner(TenantRecord record) {
        try {
            return Tenant.of(repository.save(record));
        } catch (DataAccessException e) {
            return repository.findByAlias(record.alias()).map(Tenant::of).orElseThrow(() -> e);
        }
    }

    private record Cached(@Nullable Tenant tenant, Instant until) {}
}
