package io.socialmaturity.apiclients;

import io.socialmaturity.platform.keycloak.KeycloakClients;
import io.socialmaturity.platform.keycloak.KeycloakLookups;
import io.socialmaturity.platform.keycloak.KeycloakProperties;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.ClientRep;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.ProtocolMapper;
import io.socialmaturity.platform.keycloak.KeycloakUsers;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An API client in Keycloak: a confidential client with the client-credentials grant only, created with the
 * backend's service account. Its tokens carry what the backend's tenant resolution reads from a person's token:
 * <ul>
 *   <li>{@code organization: ["<alias>"]} from a hardcoded-claim mapper on the client. The service-account user is
 *       not made an organization member, and the client has neither the {@code organization} scope as a default nor
 *       as an optional scope, so nothing a caller asks for ({@code scope=organization:other}) can name another
 *       organization: the claim is the client's, set by the backend, the same in every token;</li>
 *   <li>the chosen realm role, given to the client's service-account user, in the flat {@code roles} claim;</li>
 *   <li>the API's audience.</li>
 * </ul>
 * Access tokens of these clients live {@value #TOKEN_LIFESPAN_SECONDS} s (a deleted client's token dies then at the
 * latest; the backend refuses it at once, {@link ApiClientTokenFilter}).
 */
@Singleton
class ApiClientKeycloak {

    static final int TOKEN_LIFESPAN_SECONDS = 300;

    private final KeycloakClients clients;
    private final KeycloakUsers users;
    private final KeycloakLookups lookups;
    private final KeycloakProperties properties;

    ApiClientKeycloak(
            KeycloakClients clients, KeycloakUsers users, KeycloakLookups lookups, KeycloakProperties properties) {
        this.clients = clients;
        this.users = users;
        this.lookups = lookups;
        this.properties = properties;
    }

    record Created(String keycloakId, String secret) {}

    /** Creates the client, gives its service account the role and answers its Keycloak id and secret. */
    Created create(String clientId, String name, String tenantAlias, String role) {
        String keycloakId =
                KeycloakRepresentations.idOfCreated(clients.create(representation(clientId, name, tenantAlias)));
        try {
            String serviceUser = clients.serviceAccountUser(keycloakId)
                    .orElseThrow(() -> new IllegalStateException("client without a service account: " + clientId))
                    .id();
            users.addRealmRoles(serviceUser, lookups.roles(Set.of(role)));
            String secret = clients.secret(keycloakId)
                    .map(KeycloakRepresentations.ClientSecret::value)
                    .orElseThrow(() -> new IllegalStateException("client without a secret: " + clientId));
            return new Created(keycloakId, secret);
        } catch (RuntimeException e) {
            clients.delete(keycloakId); // nothing half-made stays behind
            throw e;
        }
    }

    /** A new secret; the old one stops working at once in Keycloak. */
    String rotate(String keycloakId) {
        return clients.regenerateSecret(keycloakId).value();
    }

    /** Deletes the client (and with it its service-account user); gone already is fine. */
    void delete(String keycloakId) {
        clients.delete(keycloakId);
    }

    ClientRep representation(String clientId, String name, String tenantAlias) {
        return new ClientRep(
                null,
                clientId,
                name,
                "API client of tenant " + tenantAlias + " (created by the Social Maturity backend)",
                true,
                "openid-connect",
                false,
                "client-secret",
                false,
                false,
                false,
                true,
                true,
                Map.of(
                        "access.token.lifespan", String.valueOf(TOKEN_LIFESPAN_SECONDS),
                        "oauth2.device.authorization.grant.enabled", "false",
                        "oidc.ciba.grant.enabled", "false",
                        "use.refresh.tokens", "false",
                        "client_credentials.use_refresh_token", "false"),
                List.of("basic"),
                List.of(),
                List.of(
                        new ProtocolMapper(
                                "tenant organization",
                                "openid-connect",
                                "oidc-hardcoded-claim-mapper",
                                Map.of(
                                        "claim.name", "organization",
                                        "claim.value", "[\"" + tenantAlias + "\"]",
                                        "jsonType.label", "JSON",
                                        "access.token.claim", "true",
                                        "id.token.claim", "false",
                                        "userinfo.token.claim", "false",
                                        "introspection.token.claim", "true")),
                        new ProtocolMapper(
                                "audience " + properties.audience(),
                                "openid-connect",
                                "oidc-audience-mapper",
                                Map.of(
                                        "included.custom.audience", properties.audience(),
                                        "access.token.claim", "true",
                                        "id.token.claim", "false",
                                        "introspection.token.claim", "true")),
                        new ProtocolMapper(
                                "realm roles (flat claim roles)",
                                "openid-connect",
                                "oidc-usermodel-realm-role-mapper",
                                Map.of(
                                        "claim.name", "roles",
                                        "multivalued", "true",
                                        "jsonType.label", "String",
                                        "usermodel.realmRoleMapping.rolePrefix", "",
                                        "access.token.claim", "true",
                                        "id.token.claim", "false",
                                        "userinfo.token.claim", "false",
                                        "introspection.token.claim", "true"))));
    }
}
