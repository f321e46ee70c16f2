package io.socialmaturity.platform.keycloak;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.socialmaturity.platform.errors.UnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Attaches the backend's service-account token to every Admin API call ({@link KeycloakUsers},
 * {@link KeycloakOrganizations}, {@link KeycloakIdentityProviders}): client credentials, cached until 30 s before it
 * expires. Counts the calls it lets through and keeps the last {@value #KEPT} (method and path), so tests can show what a
 * screen or a check costs in Keycloak calls and which ones.
 */
@ClientFilter(serviceId = ServiceAccountFilter.SERVICE)
public class ServiceAccountFilter {

    /** The Admin API's service id ({@code micronaut.http.services.keycloak-admin.url}). */
    public static final String SERVICE = "keycloak-admin";
    /** The token endpoint's service id: the same Keycloak, without this filter. */
    public static final String TOKEN_SERVICE = "keycloak-token";

    /** Looked up on first use: the token client is itself built with the client filters (this one included). */
    private final BeanProvider<KeycloakTokens> tokens;

    private final KeycloakProperties properties;
    private final Clock clock;
    static final int KEPT = 200;

    private final AtomicLong calls = new AtomicLong();
    private final Deque<String> recent = new ArrayDeque<>();
    private String token;
    private Instant expires = Instant.EPOCH;

    ServiceAccountFilter(BeanProvider<KeycloakTokens> tokens, KeycloakProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    @RequestFilter
    public void attachToken(MutableHttpRequest<?> request) {
        request.bearerAuth(token());
        calls.incrementAndGet();
        synchronized (recent) {
            recent.addLast(request.getMethodName() + " " + request.getPath());
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
    }

    /** The last {@code n} Admin API calls (at most {@value #KEPT}), oldest first, as "METHOD /path". */
    public List<String> lastCalls(int n) {
        synchronized (recent) {
            List<String> all = new ArrayList<>(recent);
            return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
        }
    }

    /** How many Admin API calls were made since the start. */
    public long calls() {
        return calls.get();
    }

    synchronized String token() {
        if (token != null && clock.instant().isBefore(expires)) {
            return token;
        }
        try {
            KeycloakRepresentations.TokenResponse response = tokens.get()
                    .token(Map.of(
                            "grant_type",
                            "client_credentials",
                            "client_id",
                            properties.adminClientId(),
                            "client_secret",
                            properties.adminClientSecret()));
            token = response.accessToken();
            expires = clock.instant().plusSeconds(Math.max(5, response.expiresIn() - 30));
            return token;
        } catch (HttpClientException e) {
            throw UnavailableException.identityProvider();
        }
    }
}
