package io.socialmaturity.platform.web;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * What the browser app needs from {@code maturity.keycloak} to sign in: where browsers reach Keycloak, the realm
 * and the app's public client. (The backend's own Admin API settings under the same prefix are the Keycloak
 * adapter's.)
 *
 * @param publicUrl   the Keycloak host name browsers use (it is in the token's issuer)
 * @param realm       the realm
 * @param webClientId the browser app's public client
 */
@ConfigurationProperties("maturity.keycloak")
public record SignInSettings(String publicUrl, String realm, String webClientId) {
}
