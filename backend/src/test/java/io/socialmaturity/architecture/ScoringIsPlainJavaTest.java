package io.socialmaturity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The scoring engine is plain Java: inputs in, result out, no framework, no HTTP, no database,
 * no JSON library, no I/O. The framework definition model and loader stay free of Micronaut, JDBC and HTTP
 * (the application wraps them in a service), and only the loader reads JSON (Jackson).
 */
@AnalyzeClasses(
        packages = {"io.socialmaturity.scoring", "io.socialmaturity.framework.definition"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ScoringIsPlainJavaTest {

    @ArchTest
    static final ArchRule scoringImportsNoFrameworkHttpDatabaseOrJson = noClasses()
            .that()
            .resideInAPackage("io.socialmaturity.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.micronaut..",
                    "jakarta..",
                    "java.sql..",
                    "javax.sql..",
                    "com.fasterxml..",
                    "java.net.http..",
                    "tools.jackson..",
                    "com.networknt..")
            .because("scoring is plain Java: inputs in, result out");

    @ArchTest
    static final ArchRule scoringDoesNoIo = noClasses()
            .that()
            .resideInAPackage("io.socialmaturity.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio..", "java.net..")
            .because("scoring does no I/O");

    @ArchTest
    static final ArchRule scoringUsesOnlyTheDefinitionModelNotItsLoader = noClasses()
            .that()
            .resideInAPackage("io.socialmaturity.scoring..")
            .should()
            .dependOnClassesThat()
            .haveSimpleName("FrameworkLoader")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("CanonicalJson")
            .because("the engine receives a definition; reading files is the loader's job");

    @ArchTest
    static final ArchRule scoringDependsOnlyOnJavaAndTheDefinitionModel = classes()
            .that()
            .resideInAPackage("io.socialmaturity.scoring..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java.lang..",
                    "java.util..",
                    "java.math..",
                    // JSpecify's @Nullable: an annotation jar without a framework, so the OpenAPI document knows
                    // which members of the results may be null
                    "org.jspecify.annotations..",
                    "io.socialmaturity.scoring..",
                    "io.socialmaturity.framework.definition..");

    @ArchTest
    static final ArchRule definitionImportsNoMicronautJdbcOrHttp = noClasses()
            .that()
            .resideInAPackage("io.socialmaturity.framework.definition..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.micronaut..",
                    "jakarta..",
                    "java.sql..",
                    "javax.sql..",
                    "java.net.http..",
                    "io.socialmaturity.platform..");

    /** Only the loader reads JSON; the definition model (records, validator, canonical form) is plain Java. */
    @ArchTest
    static final ArchRule definitionModelImportsNoJackson = noClasses()
            .that()
            .resideInAPackage("io.socialmaturity.framework.definition..")
            .and()
            .doNotHaveSimpleName("FrameworkLoader")
            .and()
            .doNotHaveSimpleName("DefinitionReader")
            .and()
            .haveNameNotMatching(".*\\.(FrameworkLoader|DefinitionReader)\\$.*")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("tools.jackson..", "com.fasterxml..", "com.networknt..")
            .because("a definition is data; reading it from JSON is the loader's job");

    @ArchTest
    static final ArchRule definitionModelDoesNotDependOnScoring = noClasses()
            .that()
            .resideInAPackage("io.socialmaturity.framework.definition..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.socialmaturity.scoring..")
            .because("scoring depends on the definition model, never the other way round");
}
