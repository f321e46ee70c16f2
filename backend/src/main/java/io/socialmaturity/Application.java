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
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        // Development default: without JDBC_URL an embedded MariaDB keeps its data in MATURITY_DATA_DIR.
        EmbeddedDatabase.startIfNoJdbcUrl();
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
