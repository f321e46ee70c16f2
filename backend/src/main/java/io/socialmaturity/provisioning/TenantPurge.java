package io.socialmaturity.provisioning;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database step of a tenant's purge: deletes every row of the tenant, children before their parents, in the
 * caller's transaction. {@link #STATEMENTS} names each table once; {@code TenantPurgeTest} fails when a table that
 * refers to a tenant (a foreign key to {@code tenant}, or a tenant column) is missing here, so a new table cannot
 * be forgotten. The benchmark population is rebuilt by the caller afterwards.
 */
@Singleton
class TenantPurge {

    /** One delete: the table it empties of the tenant's rows, and the statement, each {@code ?} the tenant id. */
    record Statement(String table, String sql) {}

    static final List<Statement> STATEMENTS = List.of(
            new Statement("answer", "DELETE FROM answer WHERE tenant_id = ?"),
            new Statement("respondent", "DELETE FROM respondent WHERE tenant_id = ?"),
            new Statement("external_respondent", "DELETE FROM external_respondent WHERE tenant_id = ?"),
            new Statement("assessment_target", "DELETE FROM assessment_target WHERE tenant_id = ?"),
            new Statement("assessment_schedule", "DELETE FROM assessment_schedule WHERE tenant_id = ?"),
            new Statement("result_snapshot", "DELETE FROM result_snapshot WHERE tenant_id = ?"),
            new Statement("closed_dimension", "DELETE FROM closed_dimension WHERE tenant_id = ?"),
            new Statement("closed_figure", "DELETE FROM closed_figure WHERE tenant_id = ?"),
            new Statement("closed_result", "DELETE FROM closed_result WHERE tenant_id = ?"),
            new Statement("assessment_cycle", "DELETE FROM assessment_cycle WHERE tenant_id = ?"),
            // engagements link two tenants: the purged one's side, company or consultancy, goes with all it links
            new Statement("engagement_assessment", """
                    DELETE FROM engagement_assessment WHERE company_tenant_id = ?
                    OR engagement_id IN (SELECT id FROM engagement WHERE consultancy_tenant_id = ?)"""),
            new Statement(
                    "action_proposal", "DELETE FROM action_proposal WHERE tenant_id = ? OR consultancy_tenant_id = ?"),
            new Statement(
                    "engagement", "DELETE FROM engagement WHERE company_tenant_id = ? OR consultancy_tenant_id = ?"),
            new Statement("action_update", "DELETE FROM action_update WHERE tenant_id = ?"),
            new Statement("action_owner", "DELETE FROM action_owner WHERE tenant_id = ?"),
            new Statement("action_digest", "DELETE FROM action_digest WHERE tenant_id = ?"),
            new Statement("action_item", "DELETE FROM action_item WHERE tenant_id = ?"),
            new Statement("webhook_delivery", "DELETE FROM webhook_delivery WHERE tenant_id = ?"),
            new Statement("webhook_endpoint", "DELETE FROM webhook_endpoint WHERE tenant_id = ?"),
            new Statement("api_client", "DELETE FROM api_client WHERE tenant_id = ?"),
            new Statement("outbox_message", "DELETE FROM outbox_message WHERE tenant_id = ?"),
            new Statement("benchmark_member", "DELETE FROM benchmark_member WHERE company_id = ?"),
            new Statement("tenant_suspension", "DELETE FROM tenant_suspension WHERE tenant_id = ?"),
            new Statement("audit_event", "DELETE FROM audit_event WHERE tenant_id = ?"),
            new Statement("assessment", "DELETE FROM assessment WHERE tenant_id = ?"),
            new Statement("tenant_retention", "DELETE FROM tenant_retention WHERE tenant_id = ?"),
            new Statement("tenant_deletion", "DELETE FROM tenant_deletion WHERE tenant_id = ?"),
            new Statement("tenant", "DELETE FROM tenant WHERE id = ?"));

    /** Deletes every row of the tenant on {@code c} (the caller's transaction); returns the rows deleted per table. */
    Map<String, Integer> deleteRows(Connection c, long tenantId) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (Statement st : STATEMENTS) {
            try (PreparedStatement s = c.prepareStatement(st.sql())) {
                int params = (int) st.sql().chars().filter(ch -> ch == '?').count();
                for (int i = 1; i <= params; i++) {
                    s.setLong(i, tenantId);
                }
                deleted.merge(st.table(), s.executeUpdate(), Integer::sum);
            } catch (SQLException e) {
                throw new IllegalStateException("purging " + st.table() + " of tenant " + tenantId + " failed", e);
            }
        }
        return deleted;
    }
}
