package io.socialmaturity.provisioning;

import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.testing.ApiTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The purge's list of tables is complete: every table of the schema is either purged by {@link TenantPurge} or
 * named here as holding no tenant's data, with the reason. A new table fails this test until it is one or the other.
 */
@MicronautTest(transactional = false)
class TenantPurgeTest extends ApiTest {

    /** Tables that hold no tenant's rows. */
    static final Map<String, String> PLATFORM_TABLES = Map.of(
            "flyway_schema_history", "the schema's migrations",
            "framework_version", "the published frameworks, the same for every tenant",
            "benchmark_stat", "anonymous statistics of at least five companies; rebuilt after a purge",
            "benchmark_version_lock", "one lock row per framework version",
            "keycloak_repair", "pending Keycloak undos, by Keycloak id",
            "platform_audit_event", "the platform's trail, which outlives a purged tenant by design");

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void everyTableIsPurgedOrHoldsNoTenantsData() {
        Set<String> tables = tx.executeRead(status -> {
            Set<String> found = new TreeSet<>();
            try (PreparedStatement s = status.getConnection()
                            .prepareStatement("SELECT table_name FROM information_schema.tables"
                                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return found;
        });
        Set<String> purged = new TreeSet<>();
        TenantPurge.STATEMENTS.forEach(st -> purged.add(st.table()));
        List<String> forgotten = new ArrayList<>();
        for (String table : tables) {
            if (!purged.contains(table) && !PLATFORM_TABLES.containsKey(table)) {
                forgotten.add(table);
            }
        }
        assertEquals(List.of(), forgotten, "tables neither purged by TenantPurge nor declared platform tables");
        Set<String> unknown = new TreeSet<>(purged);
        unknown.removeAll(tables);
        assertEquals(Set.of(), unknown, "TenantPurge names tables that do not exist");
    }

    @Test
    void eachStatementDeletesFromItsOwnTable() {
        for (TenantPurge.Statement st : TenantPurge.STATEMENTS) {
            assertTrue(st.sql().strip().startsWith("DELETE FROM " + st.table() + " "), st.table() + ": " + st.sql());
        }
    }
}
