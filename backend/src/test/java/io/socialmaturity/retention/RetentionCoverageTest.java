package io.socialmaturity.retention;

import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.testing.TestDatabase;
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
import org.junit.jupiter.api.TestInstance;

/**
 * Every table with a column naming an assessment (a column {@code assessment_id} or ending in it, or a foreign key to
 * assessment) is handled by the retention's purge ({@link AssessmentPurge#HANDLED}) or listed as not needing it with
 * a reason ({@link AssessmentPurge#NOT_NEEDED}): a new table fails here until someone decides.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionCoverageTest implements TestPropertyProvider {

    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }

    @Test
    void everyTableNamingAnAssessmentIsHandledByTheRetention() {
        Set<String> tables = new TreeSet<>();
        tx.executeRead(s -> {
            try {
                for (String[] column : assessmentColumns(s.getConnection())) {
                    tables.add(column[0]);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        assertTrue(tables.containsAll(Set.of("answer", "closed_result", "engagement_assessment")), tables.toString());
        Set<String> forgotten = new TreeSet<>(tables);
        forgotten.removeAll(AssessmentPurge.HANDLED.keySet());
        forgotten.removeAll(AssessmentPurge.NOT_NEEDED.keySet());
        assertEquals(Set.of(), forgotten, "tables naming an assessment that the retention does not handle");
        AssessmentPurge.NOT_NEEDED.forEach((t, reason) -> assertFalse(reason.isBlank(), t + " needs a reason"));
        Set<String> stale = new TreeSet<>(AssessmentPurge.HANDLED.keySet());
        stale.removeAll(tables);
        assertEquals(Set.of(), stale, "listed but not in the schema");
    }

    /**
     * The columns that name an assessment, as {table, column}: every {@code *assessment_id} column and every column of
     * a foreign key to assessment (assessment_cycle's series, previous and next), plus assessment.id itself.
     */
    static List<String[]> assessmentColumns(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND column_name LIKE '%assessment\\_id'
                UNION
                SELECT table_name, column_name FROM information_schema.key_column_usage
                WHERE table_schema = DATABASE() AND referenced_table_name = 'assessment'
                  AND referenced_column_name = 'id'
                UNION
                SELECT 'assessment', 'id'
                ORDER BY 1, 2""");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1).toLowerCase(java.util.Locale.ROOT);
                String column = rs.getString(2).toLowerCase(java.util.Locale.ROOT);
                if (!table.startsWith("flyway") && seen.add(table + "." + column)) {
                    columns.add(new String[] {table, column});
                }
            }
        }
        return columns;
    }
}
