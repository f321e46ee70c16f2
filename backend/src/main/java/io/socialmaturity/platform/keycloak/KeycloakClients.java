package io.socialmaturity.platform.keycloak;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.ClientRep;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.ClientSecret;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.UserRep;
import java.util.Optional;

/**
 * Keycloak's clients (the API clients of tenants: confidential, client credentials only). Needs the service account's
 * realm-management {@code manage-clients} and {@code view-clients} (infra/keycloak/maturity-realm.json).
 */
@Client(id = ServiceAccountFilter.SERVICE, path = "/admin/realms/${maturity.keycloak.realm}/clients")
@KeycloakCall("problem.thing.client")
public interface KeycloakClients {

    /** Creates a client; its id (not its clientId) is in the Location ({@link KeycloakRepresentations#createdId}). */
    @Post
    HttpResponse<Void> create(@Body ClientRep client);

    @Get("/{id}")
    Optional<ClientRep> client(String id);

    @Delete("/{id}")
    @KeycloakCall(value = "problem.thing.resource", ignoreMissing = true)
    void delete(String id);

    /** The current secret of a confidential client. */
    @Get("/{id}/client-secret")
    Optional<ClientSecret> secret(String id);

    /** Generates a new secret: the old one stops working at once. */
    @Post("/{id}/client-secret")
    ClientSecret regenerateSecret(String id);

    /** The client's service-account user (the subject of its client-credentials tokens). */
    @Get("/{id}/service-account-user")
    Optional<UserRep> serviceAccountUser(String id);
}
