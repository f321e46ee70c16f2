package io.socialmaturity.platform.keycloak;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** The parts of Keycloak's Admin API representations the product reads and writes. */
public final class KeycloakRepresentations {

    private KeycloakRepresentations() {}

    /** The id of a resource Keycloak created, from its Location header. */
    static String createdId(HttpResponse<?> response) {
        String location = response.getHeaders().get("Location");
        if (location == null) {
            throw new IllegalStateException("Keycloak created a resource without a Location header");
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A JSON string body ({@code "id"}), as the organization member and identity-provider link endpoints take. */
    public static String jsonString(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Serdeable
    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") int expiresIn) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(
            @Nullable String id,
            String alias,
            @Nullable String name,
            @Nullable Boolean enabled,
            @Nullable String description,
            @Nullable List<Domain> domains,
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
    public record Domain(String name, @Nullable Boolean verified) {}

    @Serdeable
    public record Member(
            String id,
            @Nullable String username,
            @Nullable String email,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable Boolean enabled,
            @Nullable Boolean emailVerified,
            @Nullable Long createdTimestamp,
            @Nullable List<String> requiredActions,
            @Nullable Map<String, List<String>> attributes,
            @Nullable String membershipType) {

        /** Managed members came through the organization's identity provider or an invitation. */
        public boolean managed() {
            return "MANAGED".equalsIgnoreCase(membershipType);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserRep(
            @Nullable String id,
            @Nullable String username,
            @Nullable String email,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable Boolean enabled,
            @Nullable Boolean emailVerified,
            @Nullable Long createdTimestamp,
            @Nullable List<String> requiredActions,
            @Nullable Map<String, List<String>> attributes) {

        @Nullable
        public String attribute(String name) {
            List<String> values = attributes == null ? null : attributes.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Role(@Nullable String id, String name) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IdentityProvider(
            String alias,
            @Nullable String displayName,
            String providerId,
            boolean enabled,
            boolean trustEmail,
            @Nullable Boolean hideOnLogin,
            @Nullable String firstBrokerLoginFlowAlias,
            @Nullable String organizationId,
            Map<String, String> config) {}

    /** A client as the product creates it: confidential, service account (client credentials) only, with its mappers. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClientRep(
            @Nullable String id,
            String clientId,
            @Nullable String name,
            @Nullable String description,
            @Nullable Boolean enabled,
            @Nullable String protocol,
            @Nullable Boolean publicClient,
            @Nullable String clientAuthenticatorType,
            @Nullable Boolean standardFlowEnabled,
            @Nullable Boolean implicitFlowEnabled,
            @Nullable Boolean directAccessGrantsEnabled,
            @Nullable Boolean serviceAccountsEnabled,
            @Nullable Boolean fullScopeAllowed,
            @Nullable Map<String, String> attributes,
            @Nullable List<String> defaultClientScopes,
            @Nullable List<String> optionalClientScopes,
            @Nullable List<ProtocolMapper> protocolMappers) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProtocolMapper(String name, String protocol, String protocolMapper, Map<String, String> config) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClientSecret(
            @Nullable String type, @Nullable String value) {}

    /** The id of a resource Keycloak created, from its Location header (for features creating through these clients). */
    public static String idOfCreated(HttpResponse<?> response) {
        return createdId(response);
    }
}
