package io.socialmaturity.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
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

    TenantService(TenantRepository repository) {
        this.repository = repository;
    }

    /** The tenant with this Keycloak Organization alias, if the product knows it. */
    public Optional<Tenant> findByAlias(String alias) {
        Instant now = Instant.now();
        Cached cached = byAlias.get(alias);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.ofNullable(cached.tenant());
        }
        Tenant tenant = repository.findByAlias(alias).map(Tenant::of).orElse(null);
        byAlias.put(alias, new Cached(tenant, now.plus(CACHE_TTL)));
        return Optional.ofNullable(tenant);
    }

    /**
     * Creates the tenant record unless one with the alias exists; returns the stored tenant. Safe when several
     * replicas ensure the same tenant at once: the unique alias lets one insert win, the others read it back.
     */
    public Tenant ensure(String alias, String name, TenantKind kind, @Nullable String industry,
                         @Nullable String sizeBand, @Nullable String country) {
        Tenant tenant = repository.findByAlias(alias)
                .map(Tenant::of)
                .orElseGet(() -> insertOrReadWinner(new TenantRecord(null, alias, name, kind, industry,
                        sizeBand, country, TenantStatus.ACTIVE, null)));
        byAlias.remove(alias);
        return tenant;
    }

    private Tenant insertOrReadWinner(TenantRecord record) {
        try {
            return Tenant.of(repository.save(record));
        } catch (DataAccessException e) {
            return repository.findByAlias(record.alias()).map(Tenant::of).orElseThrow(() -> e);
        }
    }

    private record Cached(@Nullable Tenant tenant, Instant until) {
    }
}
