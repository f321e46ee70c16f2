package io.socialmaturity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.context.annotation.Value;
import java.time.Instant;

/**
 * Settings come in {@code @ConfigurationProperties} records, never one {@code @Value} at a time; the time comes from
 * the one {@code java.time.Clock} bean, so a test can set it.
 */
@AnalyzeClasses(packages = "io.socialmaturity", importOptions = ImportOption.DoNotIncludeTests.class)
class ConfigurationAndClockTest {

    @ArchTest
    static final ArchRule noValueInjection = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that()
            .resideInAPackage("io.socialmaturity..")
            .should(new ArchCondition<JavaClass>("take no @Value") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    c.getFields().stream()
                            .filter(f -> f.isAnnotatedWith(Value.class))
                            .forEach(f ->
                                    events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is a @Value")));
                    for (JavaCodeUnit unit : c.getCodeUnits()) {
                        for (JavaParameter p : unit.getParameters()) {
                            if (p.isAnnotatedWith(Value.class)) {
                                events.add(SimpleConditionEvent.violated(p, unit.getFullName() + " takes a @Value"));
                            }
                        }
                    }
                }
            })
            .because("settings are @ConfigurationProperties records");

    @ArchTest
    static final ArchRule timeFromTheClock = noClasses()
            .that()
            .resideInAPackage("io.socialmaturity..")
            .should()
            .callMethod(Instant.class, "now")
            .because("the time comes from the injected Clock (Instant.now(clock))");

    @ArchTest
    static final ArchRule oneClock = noClasses()
            .that()
            .resideInAPackage("io.socialmaturity..")
            .and()
            .doNotHaveSimpleName("ClockFactory")
            .should()
            .callMethod(java.time.Clock.class, "systemUTC")
            .orShould()
            .callMethod(java.time.Clock.class, "systemDefaultZone")
            .because("there is one Clock, the bean of platform.time.ClockFactory");
}
