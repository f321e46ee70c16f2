package io.socialmaturity.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Micronaut Data filters only the queries it generates; hand-written SQL is on its own. So every
 * hand-written query that touches a tenant-owned table must bind the tenant: this test fails when one
 * does not.
 */
class TenantScopedQueriesTest {

    static final List<String> TENANT_OWNED = List.of(
            "assessment",
            "assessment_target",
            "assessment_schedule",
            "respondent",
            "answer",
            "result_snapshot",
            "audit_event",
            "closed_result",
            "closed_dimension",
            "outbox_message",
            "api_client",
            "webhook_endpoint",
            "webhook_delivery",
            "action_item",
            "action_owner",
            "action_update",
            "action_digest",
            "action_proposal",
            "tenant_deletion",
            "tenant_suspension",
            "tenant_retention");
    /** Tables that link two tenants: a query names the side of the caller. */
    static final List<String> TWO_TENANT = List.of("engagement", "engagement_assessment");

    @Test
    void everyHandWrittenQueryOnATenantOwnedTableNamesTheTenant() throws Exception {
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.socialmaturity")) {
            if (!c.isAnnotatedWith(JdbcRepository.class)) {
                continue;
            }
            for (Method m : Class.forName(c.getName()).getDeclaredMethods()) {
                Query q = m.getAnnotation(Query.class);
                if (q == null || m.isAnnotationPresent(io.socialmaturity.platform.db.CrossTenant.class)) {
                    continue; // a declared cross-tenant query carries its reason in the annotation
                }
                if (touchesTenantData(q.value())) {
                    checked++;
                    if (!namesTheTenant(q.value())) {
                        offenders.add(c.getSimpleName() + "." + m.getName() + ": " + q.value());
                    }
                }
            }
        }
        assertTrue(checked > 10, "the test found the repositories' queries: " + checked);
        assertTrue(offenders.isEmpty(), "queries without tenant_id: " + offenders);
    }

    /** Whether the query reads or writes a tenant-owned table or a table that links two tenants. */
    static boolean touchesTenantData(String query) {
        return touches(query, TENANT_OWNED) || touches(query, TWO_TENANT);
    }

    /**
     * The check itself: a query on a tenant-owned table binds the tenant ({@code tenant_id = :tenantId}, a list of
     * tenants, or an insert's tenant value); a query on a two-tenant link names the caller's side.
     */
    static boolean namesTheTenant(String query) {
        String sql = query.toLowerCase(Locale.ROOT);
        if (touches(query, TENANT_OWNED)
                && !Pattern.compile("tenant_id\\s*=\\s*:tenantid").matcher(sql).find()
                && !Pattern.compile("tenant_id\\s+in\\s*\\(:tenantids\\)")
                        .matcher(sql)
                        .find()
                && !sql.contains("(:tenantid,")) {
            return false;
        }
        return !touches(query, TWO_TENANT)
                || Pattern.compile("(company|consultancy)_tenant_id\\s*=\\s*:(company|consultancy)tenantid")
                        .matcher(sql)
                        .find()
                || sql.contains(":companytenantid");
    }

    private static boolean touches(String query, List<String> tables) {
        String sql = query.toLowerCase(Locale.ROOT);
        return tables.stream()
                .anyMatch(t -> Pattern.compile("\\b(from|join|into|update)\\s+" + t + "\\b")
                        .matcher(sql)
                        .find());
    }

    @Test
    void theCheckWouldCatchAnUnscopedQuery() {
        // the same functions the repository scan above uses, on queries that forget the tenant
        for (String unscoped : List.of(
                "SELECT * FROM answer WHERE assessment_id = :assessmentId",
                "UPDATE respondent SET submitted_at = :at WHERE assessment_id = :assessmentId",
                "SELECT a.* FROM assessment a JOIN respondent r ON r.assessment_id = a.id WHERE r.user_id = :userId",
                "INSERT INTO audit_event (actor_id) VALUES (:actorId)",
                "SELECT * FROM engagement WHERE id = :id")) {
            assertTrue(touchesTenantData(unscoped), unscoped);
            assertFalse(namesTheTenant(unscoped), "the check lets this through: " + unscoped);
        }
        for (String scoped : List.of(
                "SELECT * FROM answer WHERE tenant_id = :tenantId AND assessment_id = :assessmentId",
                "SELECT * FROM closed_result WHERE tenant_id IN (:tenantIds)",
                "INSERT INTO result_snapshot (tenant_id, assessment_id) VALUES (:tenantId, :assessmentId)",
                "SELECT * FROM engagement WHERE company_tenant_id = :companyTenantId")) {
            assertTrue(namesTheTenant(scoped), "the check refuses a scoped query: " + scoped);
        }
        assertFalse(touchesTenantData("SELECT * FROM tenant WHERE alias = :alias"), "tenant is not tenant-owned");
    }
}
