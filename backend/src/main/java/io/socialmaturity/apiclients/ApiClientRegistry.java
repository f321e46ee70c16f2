package io.socialmaturity.apiclients;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the token filter needs of an API client, by its clientId, cached {@link #CACHE_TTL} (so a deletion on another
 * replica is seen within that time; on this one at once, {@link #forget}), and the last use, written at most once a
 * {@link #LAST_USE_STEP} per client.
 */
@Singleton
class ApiClientRegistry {

    static final Duration CACHE_TTL = Duration.ofSeconds(5);
    static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

    record Known(long tenantId, boolean deleted, Instant secretRotatedAt) {}

    private record Cached(Optional<Known> known, Instant until) {}

    private final ApiClientRepository repository;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    ApiClientRegistry(ApiClientRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Optional<Known> find(String clientId) {
        Instant now = clock.instant();
        Cached c = cache.get(clientId);
        if (c != null && now.isBefore(c.until())) {
            return c.known();
        }
        Optional<Known> known = repository
                .byClientId(clientId)
                .map(r -> new Known(r.tenantId(), r.deletedAt() != null, r.secretRotatedAt()));
        cache.put(clientId, new Cached(known, now.plus(CACHE_TTL)));
        return known;
    }

    /** Records that a token of this client was used now (to the minute). */
    void used(String clientId, long tenantId) {
        Instant now = clock.instant();
        Instant last = lastWritten.get(clientId);
        if (last != null && now.isBefore(last.plus(LAST_USE_STEP))) {
            return;
        }
        lastWritten.put(clientId, now);
        repository.markUsed(tenantId, clientId, now);
    }

    void forget(String clientId) {
        cache.remove(clientId);
    }
}
