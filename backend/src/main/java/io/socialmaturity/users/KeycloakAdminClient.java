package io.socialmaturity.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.platform.web.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keycloak's Admin REST API, called with the backend's own service account ({@code maturity-backend},
 * client credentials); never with an admin password. Micronaut's HTTP client is used rather than
 * keycloak-admin-client: the few calls needed do not justify RESTEasy's 56 jars beside Netty, and
 * errors map directly to our problem responses. Keycloak unreachable gives a 503 problem.
 */
@Singleton
class KeycloakAdminClient implements AutoCloseable {

    private final HttpClient http;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    KeycloakAdminClient(@Value("${maturity.keycloak.url}") String keycloakUrl,
                        @Value("${maturity.keycloak.realm}") String realm,
                        @Value("${maturity.keycloak.admin-client-id}") String clientId,
                        @Value("${maturity.keycloak.admin-client-secret}") String clientSecret) {
        this.http = HttpClient.create(toUrl(keycloakUrl));
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    private static java.net.URL toUrl(String url) {
        try {
            return URI.create(url).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException("maturity.keycloak.url is not a URL: " + url, e);
        }
    }

    /** The id of the organization with this alias; aliases are immutable, so the mapping is cached. */
    Optional<String> organizationId(String alias) {
        String cached = organizationIds.get(alias);
        if (cached != null) {
            return Optional.of(cached);
        }
        URI uri = UriBuilder.of(adminPath("/organizations")).queryParam("search", alias).queryParam("max", 100).build();
        List<Organization> found = call(HttpRequest.GET(uri), Argument.listOf(Organization.class)).orElse(List.of());
        for (Organization o : found) {
            if (alias.equals(o.alias())) {
                organizationIds.put(alias, o.id());
                return Optional.of(o.id());
            }
        }
        return Optional.empty();
    }

    /** The member of the organization with this user id, or empty when the user is not a member. */
    Optional<Member> member(String organizationId, String userId) {
        return call(HttpRequest.GET(adminPath("/organizations/" + organizationId + "/members/" + enc(userId))),
                Argument.of(Member.class));
    }

    /** A page of the organization's members, optionally filtered by name or email. */
    List<Member> members(String organizationId, String search, int first, int max) {
        UriBuilder uri = UriBuilder.of(adminPath("/organizations/" + organizationId + "/members"))
                .queryParam("first", first).queryParam("max", max).queryParam("briefRepresentation", false);
        if (search != null && !search.isBlank()) {
            uri.queryParam("search", search);
        }
        return call(HttpRequest.GET(uri.build()), Argument.listOf(Member.class)).orElse(List.of());
    }

    /** How many members the organization has (Keycloak counts all; search is applied by paging through). */
    long memberCount(String organizationId) {
        return call(HttpRequest.GET(adminPath("/organizations/" + organizationId + "/members/count")),
                Argument.of(Long.class)).orElse(0L);
    }

    private String adminPath(String path) {
        return "/admin/realms/" + realm + path;
    }

    private <T> Optional<T> call(HttpRequest<?> request, Argument<T> type) {
        try {
            return Optional.ofNullable(http.toBlocking().retrieve(
                    ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(accessToken()), type));
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.NOT_FOUND || e.getStatus() == HttpStatus.BAD_REQUEST) {
                return Optional.empty(); // no such organization or member (a malformed id included)
            }
            throw unavailable();
        } catch (HttpClientException e) {
            throw unavailable();
        }
    }

    private synchronized String accessToken() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        try {
            TokenResponse response = http.toBlocking().retrieve(
                    HttpRequest.POST("/realms/" + realm + "/protocol/openid-connect/token",
                                    Map.of("grant_type", "client_credentials", "client_id", clientId,
                                            "client_secret", clientSecret))
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                    TokenResponse.class);
            token = response.accessToken();
            tokenExpires = Instant.now().plusSeconds(Math.max(5, response.expiresIn() - 30));
            return token;
        } catch (HttpClientException e) {
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                "Identity provider unavailable",
                "The identity provider (Keycloak) cannot be reached right now; nothing was changed. Try again shortly.",
                List.of(), Map.of());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    @PreDestroy
    public void close() {
        http.close();
    }

    @Serdeable
    record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") int expiresIn) {
    }

    @Serdeable
    record Organization(String id, String alias, @Nullable String name, @Nullable Boolean enabled) {
    }

    @Serdeable
    record Member(String id, @Nullable String username, @Nullable String email, @Nullable String firstName,
                  @Nullable String lastName, @Nullable Boolean enabled,
                  @Nullable Map<String, List<String>> attributes) {

        String displayName() {
            String n = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
            return n.isEmpty() ? (email != null ? email : username) : n;
        }

        @Nullable
        String attribute(String name) {
            if (attributes == null || attributes.get(name) == null || attributes.get(name).isEmpty()) {
                return null;
            }
            return attributes.get(name).get(0);
        }
    }
}
