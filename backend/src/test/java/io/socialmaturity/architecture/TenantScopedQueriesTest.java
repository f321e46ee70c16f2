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

    static final List<String> TENANT_OWNED = List.of("assessment", "assessment_target", "respondent", "answer",
            "result_snapshot", "audit_event", "closed_result", "closed_dimension");
    /** Tables that link two tenants: a query names the side of the caller. */
    static final List<String> TWO_TENANT = List.of("engagement", "engagement_assessment");

    @Test
    void everyHandWrittenQueryOnATenantOwnedTableNamesTheTenant() throws Exception {
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.socialmaturity")) {
            if (!c.isAnnotatedWith(JdbcRepository.class)) {
                continue;
            }
            for (Method m : Class.forName(c.getName()).getDeclaredMethods()) {
                Query q = m.getAnnotation(Query.class);
                if (q == null || m.isAnnotationPresent(io.socialmaturity.platform.db.CrossTenant.class)) {
                    continue; // a declared cross-tenant query carries its reason in the annotation
                }
                String sql = q.value().toLowerCase(Locale.ROOT);
                boolean touchesTenantTable = TENANT_OWNED.stream()
                        .anyMatch(t -> Pattern.compile("\\b(from|join|into|update)\\s+" + t + "\\b").matcher(sql).find());
                if (touchesTenantTable) {
                    checked++;
                    if (!Pattern.compile("tenant_id\\s*=\\s*:tenantid").matcher(sql).find()
                            && !Pattern.compile("tenant_id\\s+in\\s*\\(:tenantids\\)").matcher(sql).find()
                            && !sql.contains("(:tenantid,")) {
                        offenders.add(c.getSimpleName() + "." + m.getName() + ": " + q.value());
                    }
                }
                boolean touchesLink = TWO_TENANT.stream()
                        .anyMatch(t -> Pattern.compile("\\b(from|join|into|update)\\s+" + t + "\\b").matcher(sql).find());
                if (touchesLink) {
                    checked++;
                    if (!Pattern.compile("(company|consultancy)_tenant_id\\s*=\\s*:(company|consultancy)tenantid").matcher(sql).find()
                            && !sql.contains(":companytenantid")) {
                        offenders.add(c.getSimpleName() + "." + m.getName() + ": " + q.value());
                    }
                }
            }
        }
        assertTrue(checked > 10, "the test found the repositories' queries: " + checked);
        assertTrue(offenders.isEmpty(), "queries without tenant_id: " + offenders);
    }

    @Test
    void theCheckWouldCatchAnUnscopedQuery() {
        String unscoped = "select * from answer where assessment_id = :assessmentid";
        assertFalse(Pattern.compile("tenant_id\\s*=\\s*:tenantid").matcher(unscoped).find());
    }
}
