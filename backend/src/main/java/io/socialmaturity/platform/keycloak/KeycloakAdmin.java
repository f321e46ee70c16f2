package io.socialmaturity.platform.keycloak;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.platform.web.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keycloak's Admin REST API, called with the backend's own service account ({@code maturity-backend},
 * client credentials); never with an admin password.
 *
 * <p>Micronaut's HTTP client is used rather than keycloak-admin-client: the two dozen calls needed do not justify
 * RESTEasy's 56 jars beside Netty, every failure maps directly to a problem response here, and the calls stay
 * visible in one class. Keycloak unreachable (or failing with a 5xx) is a 503 problem
 * {@code identity-provider-unavailable}; callers that made several changes undo them (see the users and tenant
 * features) and nothing is left half-done.
 *
 * <p>Permissions are realm-wide (realm-management roles of the service account); keeping a tenant admin inside
 * their own tenant is the callers' job.
 */
@Singleton
public class KeycloakAdmin implements AutoCloseable {

    private final HttpClient http;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();
    private final Map<String, Role> roles = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    KeycloakAdmin(@Value("${maturity.keycloak.url}") String keycloakUrl,
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

    public String realm() {
        return realm;
    }

    // --- organizations -----------------------------------------------------------------------------------

    /** The id of the organization with this alias; aliases are immutable, so the mapping is cached. */
    public Optional<String> organizationId(String alias) {
        String cached = organizationIds.get(alias);
        if (cached != null) {
            return Optional.of(cached);
        }
        return organization(alias).map(o -> {
            organizationIds.put(alias, o.id());
            return o.id();
        });
    }

    /** The organization with exactly this alias. */
    public Optional<Organization> organization(String alias) {
        URI uri = UriBuilder.of(admin("/organizations")).queryParam("search", alias)
                .queryParam("briefRepresentation", false).queryParam("max", 100).build();
        return get(uri, Argument.listOf(Organization.class)).orElse(List.of()).stream()
                .filter(o -> alias.equals(o.alias())).findFirst();
    }

    /** Creates an organization and returns its id; 409 problem when the alias or a domain is taken. */
    public String createOrganization(Organization organization) {
        HttpResponse<?> response = send(HttpRequest.POST(admin("/organizations"), organization), "organization");
        String id = idFromLocation(response);
        organizationIds.put(organization.alias(), id);
        return id;
    }

    public void updateOrganization(Organization organization) {
        send(HttpRequest.PUT(admin("/organizations/" + enc(organization.id())), organization), "organization");
    }

    public void deleteOrganization(String organizationId) {
        organizationIds.values().removeIf(organizationId::equals);
        sendIgnoringMissing(HttpRequest.DELETE(admin("/organizations/" + enc(organizationId))));
    }

    /** The member of the organization with this user id, or empty when the user is not a member. */
    public Optional<Member> member(String organizationId, String userId) {
        return get(URI.create(admin("/organizations/" + enc(organizationId) + "/members/" + enc(userId))),
                Argument.of(Member.class));
    }

    /** A page of the organization's members, optionally filtered by name or email. */
    public List<Member> members(String organizationId, @Nullable String search, int first, int max) {
        UriBuilder uri = UriBuilder.of(admin("/organizations/" + enc(organizationId) + "/members"))
                .queryParam("first", first).queryParam("max", max).queryParam("briefRepresentation", false);
        if (search != null && !search.isBlank()) {
            uri.queryParam("search", search);
        }
        return get(uri.build(), Argument.listOf(Member.class)).orElse(List.of());
    }

    /** How many members the organization has. */
    public long memberCount(String organizationId) {
        return get(URI.create(admin("/organizations/" + enc(organizationId) + "/members/count")), Argument.of(Long.class))
                .orElse(0L);
    }

    public void addMember(String organizationId, String userId) {
        send(HttpRequest.POST(admin("/organizations/" + enc(organizationId) + "/members"), json(userId))
                .contentType(MediaType.APPLICATION_JSON_TYPE), "member");
    }

    /**
     * Removes a member. Keycloak DELETES the account of a MANAGED member (one who came through the organization's
     * identity provider or an invitation): callers check {@link Member#membershipType()} first.
     */
    public void removeMember(String organizationId, String userId) {
        sendIgnoringMissing(HttpRequest.DELETE(admin("/organizations/" + enc(organizationId) + "/members/" + enc(userId))));
    }

    /** The organizations the user is a member of. */
    public List<Organization> organizationsOf(String userId) {
        return get(URI.create(admin("/organizations/members/" + enc(userId) + "/organizations")),
                Argument.listOf(Organization.class)).orElse(List.of());
    }

    // --- users ---------------------------------------------------------------------------------------------

    public Optional<UserRep> user(String userId) {
        return get(URI.create(admin("/users/" + enc(userId))), Argument.of(UserRep.class));
    }

    /** Creates a user and returns its id; 409 problem {@code email-taken} when the email or username exists. */
    public String createUser(UserRep user) {
        try {
            return idFromLocation(exchange(HttpRequest.POST(admin("/users"), user)));
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.CONFLICT) {
                throw new ProblemException(HttpStatus.CONFLICT, "email-taken", "Email already in use",
                        "An account with this email already exists.", List.of(
                        new io.socialmaturity.platform.web.Problem.Violation("email", "already has an account")),
                        Map.of());
            }
            throw mapped(e, "user");
        }
    }

    /** Replaces the user's representation (read it with {@link #user} first: omitted attributes are dropped). */
    public void updateUser(UserRep user) {
        send(HttpRequest.PUT(admin("/users/" + enc(user.id())), user), "user");
    }

    public void deleteUser(String userId) {
        sendIgnoringMissing(HttpRequest.DELETE(admin("/users/" + enc(userId))));
    }

    public void setPassword(String userId, String password, boolean temporary) {
        send(HttpRequest.PUT(admin("/users/" + enc(userId) + "/reset-password"),
                Map.of("type", "password", "value", password, "temporary", temporary)), "password");
    }

    /**
     * Asks Keycloak to email the user a link for these required actions (e.g. set a password, verify the email).
     * Keycloak needs SMTP for it: when the mail cannot be sent this is a 503 problem {@code mail-unavailable}.
     */
    public void sendActionsEmail(String userId, List<String> actions, String redirectClientId,
                                 @Nullable String redirectUri, int lifespanSeconds) {
        UriBuilder uri = UriBuilder.of(admin("/users/" + enc(userId) + "/execute-actions-email"))
                .queryParam("client_id", redirectClientId).queryParam("lifespan", lifespanSeconds);
        if (redirectUri != null) {
            uri.queryParam("redirect_uri", redirectUri);
        }
        try {
            exchange(HttpRequest.PUT(uri.build(), actions));
        } catch (HttpClientResponseException e) {
            if (e.getStatus().getCode() >= 500) {
                throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "mail-unavailable", "Email could not be sent",
                        "The invitation email could not be sent (the mail server is not reachable); nothing was "
                                + "changed. Try again shortly, or set an initial password instead.", List.of(), Map.of());
            }
            throw mapped(e, "user");
        }
    }

    /** The user's realm roles (direct mappings). */
    public List<Role> realmRoles(String userId) {
        return get(URI.create(admin("/users/" + enc(userId) + "/role-mappings/realm")), Argument.listOf(Role.class))
                .orElse(List.of());
    }

    public void addRealmRoles(String userId, List<String> names) {
        if (!names.isEmpty()) {
            send(HttpRequest.POST(admin("/users/" + enc(userId) + "/role-mappings/realm"), roleReps(names)), "role");
        }
    }

    public void removeRealmRoles(String userId, List<String> names) {
        if (!names.isEmpty()) {
            send(HttpRequest.DELETE(admin("/users/" + enc(userId) + "/role-mappings/realm"), roleReps(names)), "role");
        }
    }

    /** A page of the users holding a realm role (directly), with their enabled flag. */
    public List<UserRep> roleHolders(String roleName, int first, int max) {
        URI uri = UriBuilder.of(admin("/roles/" + enc(roleName) + "/users")).queryParam("first", first)
                .queryParam("max", max).queryParam("briefRepresentation", true).build();
        return get(uri, Argument.listOf(UserRep.class)).orElse(List.of());
    }

    private List<Role> roleReps(List<String> names) {
        List<Role> reps = new ArrayList<>();
        for (String name : names) {
            Role role = roles.computeIfAbsent(name, n -> get(URI.create(admin("/roles/" + enc(n))), Argument.of(Role.class))
                    .orElseThrow(() -> new IllegalStateException("realm role missing in Keycloak: " + n)));
            reps.add(role);
        }
        return reps;
    }

    // --- identity providers ------------------------------------------------------------------------------

    /**
     * Reads an OpenID provider's discovery document through Keycloak (which must reach the provider anyway):
     * the endpoints for an OIDC identity provider. Empty when the document cannot be read or is not OIDC.
     */
    public Optional<Map<String, Object>> importOidcConfig(String discoveryUrl) {
        try {
            Map<String, Object> config = http.toBlocking().retrieve(authorized(HttpRequest.POST(
                    admin("/identity-provider/import-config"), Map.of("providerId", "oidc", "fromUrl", discoveryUrl))),
                    Argument.mapOf(String.class, Object.class));
            return Optional.ofNullable(config).filter(c -> c.get("authorizationUrl") != null && c.get("tokenUrl") != null);
        } catch (HttpClientResponseException e) {
            if (e.getStatus().getCode() < 500 || e.getStatus() == HttpStatus.INTERNAL_SERVER_ERROR) {
                return Optional.empty(); // Keycloak could not fetch or parse the document
            }
            throw unavailable();
        } catch (HttpClientException e) {
            throw unavailable();
        }
    }

    public Optional<IdentityProvider> identityProvider(String alias) {
        return get(URI.create(admin("/identity-provider/instances/" + enc(alias))), Argument.of(IdentityProvider.class));
    }

    public void createIdentityProvider(IdentityProvider idp) {
        send(HttpRequest.POST(admin("/identity-provider/instances"), idp), "identity provider");
    }

    public void updateIdentityProvider(IdentityProvider idp) {
        send(HttpRequest.PUT(admin("/identity-provider/instances/" + enc(idp.alias())), idp), "identity provider");
    }

    public void deleteIdentityProvider(String alias) {
        sendIgnoringMissing(HttpRequest.DELETE(admin("/identity-provider/instances/" + enc(alias))));
    }

    public void addIdentityProviderMapper(String alias, Map<String, Object> mapper) {
        send(HttpRequest.POST(admin("/identity-provider/instances/" + enc(alias) + "/mappers"), mapper), "mapper");
    }

    public void linkIdentityProvider(String organizationId, String alias) {
        send(HttpRequest.POST(admin("/organizations/" + enc(organizationId) + "/identity-providers"), json(alias))
                .contentType(MediaType.APPLICATION_JSON_TYPE), "identity provider");
    }

    public void unlinkIdentityProvider(String organizationId, String alias) {
        sendIgnoringMissing(HttpRequest.DELETE(
                admin("/organizations/" + enc(organizationId) + "/identity-providers/" + enc(alias))));
    }

    // --- plumbing --------------------------------------------------------------------------------------------

    private String admin(String path) {
        return "/admin/realms/" + realm + path;
    }

    private <T> Optional<T> get(URI uri, Argument<T> type) {
        try {
            return Optional.ofNullable(http.toBlocking().retrieve(authorized(HttpRequest.GET(uri)), type));
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.NOT_FOUND || e.getStatus() == HttpStatus.BAD_REQUEST) {
                return Optional.empty(); // no such thing (a malformed id included)
            }
            throw unavailable();
        } catch (HttpClientException e) {
            throw unavailable();
        }
    }

    private HttpResponse<?> send(MutableHttpRequest<?> request, String what) {
        try {
            return exchange(request);
        } catch (HttpClientResponseException e) {
            throw mapped(e, what);
        }
    }

    private void sendIgnoringMissing(MutableHttpRequest<?> request) {
        try {
            exchange(request);
        } catch (HttpClientResponseException e) {
            if (e.getStatus() != HttpStatus.NOT_FOUND) {
                throw mapped(e, "resource");
            }
        }
    }

    private HttpResponse<?> exchange(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(authorized(request));
        } catch (HttpClientResponseException e) {
            throw e;
        } catch (HttpClientException e) {
            throw unavailable();
        }
    }

    private ProblemException mapped(HttpClientResponseException e, String what) {
        int code = e.getStatus().getCode();
        if (code == 409) {
            String message = e.getResponse().getBody(Map.class).map(b -> String.valueOf(
                    b.getOrDefault("errorMessage", b.getOrDefault("error", "conflict")))).orElse("conflict");
            return ProblemException.conflict("identity-conflict",
                    "The identity provider refused the change of the " + what + ": " + message, Map.of());
        }
        if (code == 400) {
            String message = e.getResponse().getBody(Map.class).map(b -> String.valueOf(
                    b.getOrDefault("errorMessage", b.getOrDefault("error", "invalid")))).orElse("invalid");
            return new ProblemException(HttpStatus.BAD_REQUEST, "identity-rejected", "Rejected by the identity provider",
                    "The identity provider rejected the " + what + ": " + message, List.of(), Map.of());
        }
        if (code == 404) {
            return ProblemException.notFound("The " + what);
        }
        return unavailable();
    }

    private <T> MutableHttpRequest<T> authorized(MutableHttpRequest<T> request) {
        return request.bearerAuth(accessToken());
    }

    private static String idFromLocation(HttpResponse<?> response) {
        String location = response.getHeaders().get("Location");
        if (location == null) {
            throw new IllegalStateException("Keycloak created a resource without a Location header");
        }
        return location.substring(location.lastIndexOf('/') + 1);
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

    /** A 503 problem: Keycloak cannot be reached or failed. */
    public static ProblemException unavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                "Identity provider unavailable",
                "The identity provider (Keycloak) cannot be reached right now; nothing was changed. Try again shortly.",
                List.of(), Map.of());
    }

    private static String json(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
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
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(@Nullable String id, String alias, @Nullable String name, @Nullable Boolean enabled,
                               @Nullable String description, @Nullable List<Domain> domains,
                               @Nullable Map<String, List<String>> attributes) {

        public Organization withEnabled(boolean value) {
            return new Organization(id, alias, name, value, description, domains, attributes);
        }

        public Organization withDomains(List<Domain> value) {
            return new Organization(id, alias, name, enabled, description, value, attributes);
        }

        public Organization withName(String value) {
            return new Organization(id, alias, value, enabled, description, domains, attributes);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Domain(String name, @Nullable Boolean verified) {
    }

    @Serdeable
    public record Member(String id, @Nullable String username, @Nullable String email, @Nullable String firstName,
                         @Nullable String lastName, @Nullable Boolean enabled, @Nullable Boolean emailVerified,
                         @Nullable Long createdTimestamp, @Nullable List<String> requiredActions,
                         @Nullable Map<String, List<String>> attributes, @Nullable String membershipType) {

        /** Managed members came through the organization's identity provider or an invitation. */
        public boolean managed() {
            return "MANAGED".equalsIgnoreCase(membershipType);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserRep(@Nullable String id, @Nullable String username, @Nullable String email,
                          @Nullable String firstName, @Nullable String lastName, @Nullable Boolean enabled,
                          @Nullable Boolean emailVerified, @Nullable Long createdTimestamp,
                          @Nullable List<String> requiredActions, @Nullable Map<String, List<String>> attributes) {

        @Nullable
        public String attribute(String name) {
            List<String> values = attributes == null ? null : attributes.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Role(@Nullable String id, String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IdentityProvider(String alias, @Nullable String displayName, String providerId, boolean enabled,
                                   boolean trustEmail, @Nullable Boolean hideOnLogin,
                                   @Nullable String firstBrokerLoginFlowAlias, @Nullable String organizationId,
                                   Map<String, String> config) {
    }
}
