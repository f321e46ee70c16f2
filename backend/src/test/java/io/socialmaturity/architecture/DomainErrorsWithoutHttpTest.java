package io.socialmaturity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.http.annotation.Controller;

/**
 * Domain code states refusals as domain exceptions (platform/errors) and never picks an HTTP status: only the web
 * edge, controllers (for their {@code @Status}), the request filter and the HTTP clients know HTTP statuses. The
 * assessment feature is left out until it is converted (issue 21, its own branch).
 */
@AnalyzeClasses(packages = "io.socialmaturity", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainErrorsWithoutHttpTest {

    @ArchTest
    static final ArchRule domainErrorsKnowNoFramework = noClasses()
            .that()
            .resideInAPackage("io.socialmaturity.platform.errors..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.micronaut..")
            .because("domain exceptions and their texts are plain Java; the web edge maps them");

    /**
     * KeycloakErrors reads the status Keycloak answered with; it is the HTTP client's edge. A server filter (e.g.
     * apiclients.ApiClientTokenFilter, which refuses tokens of deleted clients) is part of the web edge like a controller.
     */
    @ArchTest
    static final ArchRule onlyTheEdgeChoosesHttpStatuses = noClasses()
            .that()
            .resideOutsideOfPackages(
                    "io.socialmaturity.platform.web..",
                    "io.socialmaturity.platform.tenancy..",
                    "io.socialmaturity.assessment..")
            .and()
            .areNotAnnotatedWith(Controller.class)
            .and()
            .areNotAnnotatedWith(io.micronaut.http.annotation.ServerFilter.class)
            .and()
            .doNotHaveSimpleName("KeycloakErrors")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.micronaut.http.HttpStatus")
            .because("services throw domain exceptions; the status is chosen once, at the web edge");
}
