package io.socialmaturity.platform.keycloak;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.IdentityProvider;
import java.util.Map;
import java.util.Optional;

/** Keycloak's identity providers: a company's own OpenID provider brokered for its tenant. */
@Client(id = ServiceAccountFilter.SERVICE, path = "/admin/realms/${maturity.keycloak.realm}/identity-provider")
@KeycloakCall("problem.thing.identity-provider")
public interface KeycloakIdentityProviders {

    /**
     * Reads an OpenID provider's discovery document through Keycloak (which must reach the provider anyway): the
     * endpoints for an OIDC identity provider. Empty when Keycloak could not fetch or parse it.
     */
    @Post("/import-config")
    @KeycloakCall(value = "problem.thing.identity-provider", emptyWhenRefused = true)
    Optional<Map<String, Object>> importConfig(@Body Map<String, String> request);

    @Get("/instances/{alias}")
    Optional<IdentityProvider> find(String alias);

    @Post("/instances")
    void create(@Body IdentityProvider idp);

    @Put("/instances/{alias}")
    void update(String alias, @Body IdentityProvider idp);

    @Delete("/instances/{alias}")
    @KeycloakCall(value = "problem.thing.resource", ignoreMissing = true)
    void delete(String alias);

    @Post("/instances/{alias}/mappers")
    @KeycloakCall("problem.thing.mapper")
    void addMapper(String alias, @Body Map<String, Object> mapper);
}
