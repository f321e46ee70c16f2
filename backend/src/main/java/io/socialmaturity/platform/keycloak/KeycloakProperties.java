package io.socialmaturity.platform.keycloak;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code maturity.keycloak.*}: where the backend reaches Keycloak, the host name browsers use (the tokens' issuer),
 * the realm, the API's audience, the browser app's client and the backend's own service account (client
 * credentials; never an admin password).
 */
@ConfigurationProperties("maturity.keycloak")
public record KeycloakProperties(
        @NotBlank String url,
        @NotBlank String publicUrl,
        @NotBlank String realm,
        @NotBlank String audience,
        @NotBlank String webClientId,
        @NotBlank String adminClientId,
        @NotBlank String adminClientSecret) {

    /** The realm's issuer as browsers see it. */
    public String publicRealmUrl() {
        return publicUrl + "/realms/" + realm;
    }
}
