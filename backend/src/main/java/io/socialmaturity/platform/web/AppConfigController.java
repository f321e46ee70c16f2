package io.socialmaturity.platform.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.platform.keycloak.KeycloakProperties;
import io.swagger.v3.oas.annotations.Operation;

/** Public settings the browser app needs before it can sign in. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class AppConfigController {

    private final AppConfig config;

    AppConfigController(KeycloakProperties keycloak) {
        this.config = new AppConfig(keycloak.publicRealmUrl(), keycloak.webClientId(), "/api/v1");
    }

    @Get("/app-config.json")
    @Operation(summary = "Sign-in settings for the browser app", tags = "platform")
    AppConfig appConfig() {
        return config;
    }

    @Serdeable
    record AppConfig(String authority, String clientId, String apiBase) {}
}
