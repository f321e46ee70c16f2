package io.socialmaturity;

import io.micronaut.runtime.Micronaut;
import io.socialmaturity.platform.db.EmbeddedDatabase;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Social Maturity API",
                        version = "1",
                        description =
                                "Measures how socially enabled a company is (Oracle's definition) and where its IT and "
                                        + "marketing people disagree. Every call needs a Keycloak access token of realm 'maturity'; "
                                        + "the tenant is taken from the token's organization claim. Errors are application/problem+json."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "A Keycloak access token of realm 'maturity'. People sign in through the web app (authorization "
                + "code + PKCE). Machines use an API client that a tenant admin creates under Integrations "
                + "(POST /api/v1/api-clients: client_id and a secret shown once): POST "
                + "grant_type=client_credentials&client_id=<clientId>&client_secret=<secret> (form-encoded) to "
                + "<Keycloak>/realms/maturity/protocol/openid-connect/token and send the answer's access_token as "
                + "'Authorization: Bearer <token>'. Such a token carries the client's tenant and role, lives 5 minutes "
                + "(ask for a new one then), and is refused as soon as the client is deleted or its secret rotated.")
public class Application {

    public static void main(String[] args) {
        // Development default: without JDBC_URL an embedded MariaDB keeps its data in MATURITY_DATA_DIR.
        EmbeddedDatabase.startIfNoJdbcUrl();
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
