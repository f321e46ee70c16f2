package io.socialmaturity.platform.keycloak;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import java.util.Map;

/** Keycloak's token endpoint, for the service account's client-credentials grant (no token filter on this one). */
@Client(id = ServiceAccountFilter.TOKEN_SERVICE, path = "/realms/${maturity.keycloak.realm}/protocol/openid-connect")
interface KeycloakTokens {

    @Post(value = "/token", produces = MediaType.APPLICATION_FORM_URLENCODED)
    KeycloakRepresentations.TokenResponse token(@Body Map<String, String> form);
}
