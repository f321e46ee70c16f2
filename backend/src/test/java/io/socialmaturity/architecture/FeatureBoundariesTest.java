package io.socialmaturity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The features (the packages right under {@code io.socialmaturity}) form no cycle, and one feature uses another
 * only through the classes listed here, its public face: {@link #MAY_USE} is the allow-list, and
 * docs/ARCHITECTURE.md draws the same picture. A new use of another feature fails this test until it is added
 * here on purpose.
 */
@AnalyzeClasses(packages = "io.socialmaturity", importOptions = ImportOption.DoNotIncludeTests.class)
public class FeatureBoundariesTest {

    static final String ROOT = "io.socialmaturity.";

    /** What every feature may use of the platform: the web edge's types, the caller, and the SQL markers. */
    static final Set<String> PLATFORM_KERNEL =
            Set.of("web..", "security..", "db.CrossTenant", "errors..", "spreadsheet..");

    /**
     * consumer feature → provider feature → what of the provider it may use: a class ({@code AuditService}, nested
     * classes included), a package ({@code definition..}) or everything ({@code ..}).
     */
    static final Map<String, Map<String, Set<String>>> MAY_USE = Map.ofEntries(
            Map.entry("platform", Map.of("tenant", Set.of("Tenant", "TenantService"))),
            Map.entry("tenant", Map.of()),
            Map.entry("vocabulary", Map.of("framework", Set.of("definition.BusinessFunction"))),
            Map.entry("scoring", Map.of("framework", Set.of("definition.."))),
            Map.entry("framework", Map.of("platform", PLATFORM_KERNEL)),
            Map.entry(
                    "results",
                    Map.of(
                            "framework", Set.of("definition.."),
                            "scoring", Set.of(".."))),
            Map.entry("audit", Map.of("platform", PLATFORM_KERNEL)),
            Map.entry(
                    "mail",
                    Map.of(
                            "platform", union(PLATFORM_KERNEL, Set.of("outbox..", "time..")),
                            "audit", Set.of("AuditService"))),
            // erasure rewrites a person's rows in every tenant table it finds (information_schema) and audits it.
            Map.entry("erasure", Map.of("platform", PLATFORM_KERNEL, "audit", Set.of("AuditService"))),
            Map.entry(
                    "users",
                    Map.of(
                            "platform", union(PLATFORM_KERNEL, Set.of("keycloak..")),
                            "tenant", Set.of("Tenant", "TenantKind", "TenantService"),
                            "audit", Set.of("AuditService"),
                            "erasure", Set.of("PersonErasure"),
                            "vocabulary", Set.of(".."),
                            "framework", Set.of("definition.BusinessFunction"))),
            Map.entry(
                    "provisioning",
                    Map.of(
                            "platform", union(PLATFORM_KERNEL, Set.of("keycloak..")),
                            "tenant", Set.of(".."),
                            "users", Set.of("CompanySso", "UserAdministration", "UserCommands"),
                            "vocabulary", Set.of(".."),
                            "audit", Set.of("AuditService"),
                            "benchmark", Set.of("BenchmarkService"))),
            Map.entry(
                    "assessment",
                    Map.of(
                            "platform", PLATFORM_KERNEL,
                            "tenant", Set.of("Tenant", "TenantService"),
                            "users", Set.of("UserDirectory", "DirectoryUser", "BusinessFunctionChanged"),
                            "audit", Set.of("AuditService"),
                            "framework", Set.of("FrameworkCatalog", "PublishedFramework", "definition.."),
                            "scoring", Set.of(".."),
                            "results", Set.of("ResultDisplay"),
                            "mail", Set.of("MailQueue", "OutgoingMail", "MailDelivery", "MailStatus"))),
            Map.entry(
                    "links",
                    Map.of(
                            "platform", PLATFORM_KERNEL,
                            "tenant", Set.of("Tenant", "TenantService"),
                            "users", Set.of("UserDirectory"),
                            "audit", Set.of("AuditService"),
                            "vocabulary", Set.of(".."),
                            "assessment",
                                    Set.of(
                                            "RespondentsByLink",
                                            "AssessmentOpened",
                                            "AssessmentQueries",
                                            "AssessmentStatus",
                                            "AssessmentViews",
                                            "AssessmentCommands"),
                            "mail", Set.of("MailQueue", "OutgoingMail", "MailDelivery", "MailStatus"))),
            Map.entry(
                    "actions",
                    Map.of(
                            "platform", PLATFORM_KERNEL,
                            "users", Set.of("UserDirectory", "DirectoryUser"),
                            "audit", Set.of("AuditService"),
                            "assessment", Set.of("AssessmentQueries", "AssessmentViews", "AssessmentStatus"),
                            "framework", Set.of("FrameworkCatalog", "PublishedFramework", "definition.."),
                            "scoring", Set.of("RoadmapItem", "AssessmentResult", "DimensionResult", "TargetGap"),
                            "benchmark", Set.of("BenchmarkService", "BenchmarkViews"),
                            "tenant", Set.of("Tenant"),
                            "mail", Set.of("MailQueue", "OutgoingMail"))),
            Map.entry(
                    "benchmark",
                    Map.of(
                            "platform", PLATFORM_KERNEL,
                            "tenant", Set.of("Tenant", "TenantKind"),
                            "assessment",
                                    Set.of(
                                            "AssessmentQueries",
                                            "AssessmentClosed",
                                            "AssessmentStatus",
                                            "AssessmentViews"),
                            "framework", Set.of("FrameworkCatalog", "PublishedFramework", "definition.."),
                            "scoring",
                                    Set.of(
                                            "AssessmentResult",
                                            "DimensionResult",
                                            "DimensionScore",
                                            "OverallResult",
                                            "FigurePlacement"))),
            Map.entry(
                    "consulting",
                    Map.of(
                            "platform", PLATFORM_KERNEL,
                            "tenant", Set.of("Tenant", "TenantKind", "TenantService"),
                            "audit", Set.of("AuditService"),
                            "assessment", Set.of("AssessmentQueries", "AssessmentViews"),
                            "benchmark", Set.of("BenchmarkService", "BenchmarkViews", "Segment"),
                            "actions", Set.of("ActionPlans", "ActionLoops", "ActionViews"))),
            // clientplans serves consultants a client's plan and their proposals: the engagement decides access
            // (consulting), the plan and the accepted action are the actions feature's.
            Map.entry(
                    "clientplans",
                    Map.of(
                            "platform", PLATFORM_KERNEL,
                            "tenant", Set.of("Tenant", "TenantKind", "TenantService"),
                            "audit", Set.of("AuditService"),
                            "users", Set.of("UserDirectory", "DirectoryUser"),
                            "mail", Set.of("MailQueue", "OutgoingMail"),
                            "consulting", Set.of("ConsultingService", "ConsultingViews"),
                            "actions",
                                    Set.of("ActionPlans", "ActionViews", "ActionCommands", "ActionStatus", "Effort"))),
            // apiclients creates Keycloak clients through platform.keycloak (like users and provisioning): an API
            // client is an identity in Keycloak, and the backend's service account is the only way to make one.
            Map.entry(
                    "apiclients",
                    Map.of(
                            "platform", union(PLATFORM_KERNEL, Set.of("keycloak..")),
                            "tenant", Set.of("Tenant", "TenantKind", "TenantService"),
                            "audit", Set.of("AuditService"))),
            Map.entry(
                    "webhooks",
                    Map.of(
                            "platform", union(PLATFORM_KERNEL, Set.of("outbox..")),
                            "tenant", Set.of("Tenant", "TenantService"),
                            "audit", Set.of("AuditService"),
                            "users", Set.of("UserDirectory", "DirectoryUser"),
                            "mail", Set.of("MailQueue", "OutgoingMail"),
                            "assessment", Set.of("AssessmentOpened", "AssessmentClosed", "RespondentSubmitted"),
                            "consulting", Set.of("EngagementGranted", "EngagementRevoked"),
                            "actions", Set.of("ActionChanged"),
                            "scoring", Set.of("AssessmentResult", "OverallResult"))),
            // dataexport reads the whole tenant for its admin through each feature's public face (no table of its own).
            Map.entry(
                    "dataexport",
                    Map.of(
                            "platform", PLATFORM_KERNEL,
                            "tenant", Set.of("Tenant", "TenantKind"),
                            "audit", Set.of("AuditService"),
                            "users", Set.of("UserDirectory", "DirectoryUser", "UserAdministration"),
                            "assessment",
                                    Set.of(
                                            "AssessmentQueries",
                                            "AssessmentStatus",
                                            "AssessmentViews",
                                            "ReportSources",
                                            "ResultsPresenter"),
                            "actions", Set.of("ActionPlans", "ActionViews", "ActionStatus", "Effort"),
                            "consulting", Set.of("ConsultingService", "ConsultingViews", "EngagementStatus"),
                            "scoring",
                                    Set.of(
                                            "AssessmentResult",
                                            "DimensionResult",
                                            "DimensionScore",
                                            "OverallResult",
                                            "TargetGap"))),
            Map.entry(
                    "retention",
                    Map.of(
                            "platform", PLATFORM_KERNEL,
                            "tenant", Set.of("Tenant", "TenantService"),
                            "audit", Set.of("AuditService"),
                            "benchmark", Set.of("BenchmarkService"))),
            Map.entry(
                    "report",
                    Map.of(
                            "platform", PLATFORM_KERNEL,
                            "tenant", Set.of("Tenant", "TenantService"),
                            "audit", Set.of("AuditService"),
                            "assessment",
                                    Set.of(
                                            "AssessmentQueries",
                                            "AssessmentStatus",
                                            "AssessmentViews",
                                            "ReportSources",
                                            "ResultsPresenter"),
                            "results", Set.of("ResultDisplay"),
                            "benchmark", Set.of("BenchmarkService", "BenchmarkViews", "Segment"),
                            "consulting", Set.of("ConsultingService", "ConsultingViews"),
                            "actions", Set.of("ActionPlans", "ActionLoops", "ActionViews", "ActionStatus"),
                            "framework", Set.of("FrameworkCatalog", "PublishedFramework", "definition.."),
                            "scoring", Set.of(".."))));

    @ArchTest
    static final ArchRule featuresFormNoCycle = slices().matching("io.socialmaturity.(*)..")
            .namingSlices("feature $1")
            .should()
            .beFreeOfCycles()
            .because("a feature that needs another must not be needed by it (docs/ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule featuresUseOthersOnlyThroughTheirPublicFace = classes()
            .that()
            .resideInAPackage("io.socialmaturity..")
            .should(useOtherFeaturesOnlyAsAllowed(MAY_USE))
            .because("a feature uses another only through its public face, listed in FeatureBoundariesTest.MAY_USE");

    static ArchCondition<JavaClass> useOtherFeaturesOnlyAsAllowed(Map<String, Map<String, Set<String>>> allowed) {
        return new ArchCondition<>("use other features only as allowed") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Optional<String> from = feature(c);
                if (from.isEmpty()) {
                    return; // the application's main class
                }
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    Optional<String> to = feature(target);
                    if (to.isEmpty() || to.get().equals(from.get())) {
                        continue;
                    }
                    Set<String> faces =
                            allowed.getOrDefault(from.get(), Map.of()).getOrDefault(to.get(), Set.of());
                    String inFeature = topLevel(target.getName())
                            .substring(ROOT.length() + to.get().length() + 1);
                    if (faces.stream().noneMatch(f -> matches(f, inFeature))) {
                        events.add(SimpleConditionEvent.violated(
                                d,
                                from.get() + " may not use " + to.get() + "." + inFeature + ": " + d.getDescription()));
                    }
                }
            }
        };
    }

    /** The feature of a class of the product: the package right under io.socialmaturity. */
    static Optional<String> feature(JavaClass c) {
        String name = c.getName();
        if (!name.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(rest.substring(0, dot));
    }

    static boolean matches(String face, String inFeature) {
        if (face.equals("..")) {
            return true;
        }
        if (face.endsWith("..")) {
            return inFeature.startsWith(face.substring(0, face.length() - 1));
        }
        return inFeature.equals(face);
    }

    private static String topLevel(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }

    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        return Set.copyOf(List.of(sets).stream().flatMap(Set::stream).toList());
    }
}
