package io.socialmaturity.retention;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Assessments;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retention setting over HTTP with real tokens and the real database, and the retention job called with a time
 * three years ahead: the setting's round trip and bounds (400 problem naming years), 403 for a respondent, one
 * tenant's admin never sees or changes another's, and the job deletes an expired closed assessment with every row
 * naming it, keeps an open one, a recently closed one and another tenant's, and records each deletion in both trails.
 */
@MicronautTest(transactional = false)
class RetentionApiTest extends ApiTest {

    static final String URI = "/api/v1/tenant/retention";

    @Inject
    RetentionJob job;

    @Inject
    TransactionOperations<Connection> tx;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void keepForever() {
        call(put(ANNA_ADMIN, URI, years(null)));
        call(put(GINA_ADMIN, URI, years(null)));
    }

    @AfterAll
    void restore() {
        call(put(ANNA_ADMIN, URI, years(null)));
        call(put(GINA_ADMIN, URI, years(null)));
    }

    static Map<String, Object> years(Object years) {
        Map<String, Object> body = new HashMap<>();
        body.put("years", years);
        return body;
    }

    @Test
    void theSettingRoundTripsAndIsTheCallersTenantsOnly() {
        Map<String, Object> initial = call(get(ANNA_ADMIN, URI));
        assertNull(initial.get("years"), initial.toString());
        assertEquals(1, initial.get("minimumYears"));
        assertEquals(50, initial.get("maximumYears"));

        Map<String, Object> set = call(put(ANNA_ADMIN, URI, years(7)));
        assertEquals(7, set.get("years"));
        assertEquals(7, call(get(ANNA_ADMIN, URI)).get("years"));

        // globex's admin sees globex's setting (none), and changing it leaves acme's alone
        assertNull(call(get(GINA_ADMIN, URI)).get("years"));
        assertEquals(12, call(put(GINA_ADMIN, URI, years(12))).get("years"));
        assertEquals(7, call(get(ANNA_ADMIN, URI)).get("years"));
        assertEquals(12, call(get(GINA_ADMIN, URI)).get("years"));

        // null: keep forever again
        assertNull(call(put(ANNA_ADMIN, URI, years(null))).get("years"));
        assertNull(call(get(ANNA_ADMIN, URI)).get("years"));
        assertEquals(12, call(get(GINA_ADMIN, URI)).get("years"));

        // both changes are in each tenant's own trail and in the platform's
        List<Map<String, Object>> acmeTrail = items(call(get(ANNA_ADMIN, "/api/v1/audit?size=200")));
        assertTrue(acmeTrail.stream().anyMatch(e -> "retention.changed".equals(e.get("action"))), "tenant trail");
        List<Map<String, Object>> platform = items(call(get(ROOT, "/api/v1/platform/audit?tenant=globex&size=200")));
        assertTrue(
                platform.stream()
                        .anyMatch(e -> "retention.changed".equals(e.get("action"))
                                && Map.of("years", 12).equals(withoutBefore(e.get("details")))),
                platform.toString());
    }

    @Test
    void yearsOutsideTheBoundsOrNotANumberAre400NamingTheField() {
        for (Object bad : List.of(0, 51, "abc", 2.5)) {
            var e = assertProblem(400, () -> call(put(ANNA_ADMIN, URI, years(bad))));
            List<?> violations = (List<?>) body(e).get("violations");
            assertEquals(1, violations.size(), body(e).toString());
            assertEquals("years", ((Map<?, ?>) violations.get(0)).get("field"), body(e).toString());
        }
        assertNull(call(get(ANNA_ADMIN, URI)).get("years"), "nothing changed");

        // in the caller's language, Italian included
        var it = assertProblem(400, () -> call(put(ANNA_ADMIN, URI, years(51)).header("Accept-Language", "it")));
        assertEquals("it", it.getResponse().getHeaders().get("Content-Language"), "Content-Language");
        assertEquals(
                "deve essere tra 1 e 50",
                ((Map<?, ?>) ((List<?>) body(it).get("violations")).get(0)).get("message"),
                body(it).toString());
    }

    @Test
    void onlyTenantAdminsMayReadOrChangeIt() {
        assertProblem(403, () -> call(get(MARCO_MARKETING, URI)));
        assertProblem(403, () -> call(put(MARCO_MARKETING, URI, years(3))));
        assertNull(call(get(ANNA_ADMIN, URI)).get("years"));
    }

    @Test
    void theJobDeletesExpiredClosedAssessmentsWithAllTheirRows() {
        long old = Assessments.closeWithAnswers(http, ANNA_ADMIN, MARCO_MARKETING, MARCO_ID, "Retention old " + run, 1);
        long recent =
                Assessments.closeWithAnswers(http, ANNA_ADMIN, MARCO_MARKETING, MARCO_ID, "Retention recent " + run, 2);
        long open = id(call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Retention open " + run))));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + open + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + open + "/open", Map.of()));
        long globex = Assessments.closeWithAnswers(
                http, GINA_ADMIN, GIORGIO_GLOBEX, GIORGIO_ID, "Retention globex " + run, 1);

        Instant now = Instant.now().atOffset(ZoneOffset.UTC).plusYears(3).toInstant();
        // "recent" closed half a year before the job's now; the others closed three years before it
        update("UPDATE assessment SET closed_at = ? WHERE id = ?", now.minusSeconds(183L * 86400), recent);
        assertTrue(rowsNaming(old).size() > 3, "the assessment has rows to delete: " + rowsNaming(old));

        call(put(ANNA_ADMIN, URI, years(2)));
        call(put(GINA_ADMIN, URI, years(5)));
        assertEquals(0, job.apply(Instant.now()), "nothing is past two years today");

        int deleted = job.apply(now);

        assertTrue(deleted >= 1, "deleted " + deleted);
        assertEquals(List.of(), rowsNaming(old), "no row names the deleted assessment");
        assertEquals("CLOSED", status(recent), "closed within the retention: kept");
        assertEquals("OPEN", status(open), "open: kept");
        assertEquals("CLOSED", status(globex), "another tenant's, within its 5 years: kept");
        assertProblem(404, () -> call(get(ANNA_ADMIN, "/api/v1/assessments/" + old)));
        assertEquals(0, job.apply(now), "a second run finds nothing more");

        List<Map<String, Object>> tenantTrail = items(call(get(ANNA_ADMIN, "/api/v1/audit?size=200")));
        assertTrue(
                tenantTrail.stream()
                        .anyMatch(e -> "assessment.retention-deleted".equals(e.get("action"))
                                && String.valueOf(old).equals(e.get("entityId"))),
                "tenant trail");
        List<Map<String, Object>> platform = items(call(get(ROOT, "/api/v1/platform/audit?tenant=acme&size=200")));
        Map<String, Object> entry = platform.stream()
                .filter(e -> "assessment.retention-deleted".equals(e.get("action"))
                        && String.valueOf(old).equals(e.get("entityId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("platform trail: " + platform));
        assertEquals("acme", entry.get("tenantAlias"));
        assertEquals(2, ((Map<?, ?>) entry.get("details")).get("years"));
        assertNotNull(((Map<?, ?>) entry.get("details")).get("closedAt"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    static Object withoutBefore(Object details) {
        Map<Object, Object> d = new HashMap<>((Map<?, ?>) details);
        d.remove("before");
        return d;
    }

    static long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }

    private String status(long id) {
        return tx.executeRead(s -> {
            try (PreparedStatement p =
                    s.getConnection().prepareStatement("SELECT status FROM assessment WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void update(String sql, Instant at, long id) {
        tx.executeWrite(s -> {
            try (PreparedStatement p = s.getConnection().prepareStatement(sql)) {
                p.setTimestamp(1, Timestamp.from(at));
                p.setLong(2, id);
                return p.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Every row of any table that names the assessment, as "table.column". */
    private List<String> rowsNaming(long id) {
        return tx.executeRead(s -> {
            Connection c = s.getConnection();
            List<String> found = new ArrayList<>();
            try {
                for (String[] column : RetentionCoverageTest.assessmentColumns(c)) {
                    try (PreparedStatement p =
                            c.prepareStatement("SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " = ?")) {
                        p.setLong(1, id);
                        try (ResultSet rs = p.executeQuery()) {
                            rs.next();
                            for (int i = 0; i < rs.getInt(1); i++) {
                                found.add(column[0] + "." + column[1]);
                            }
                        }
                    }
                }
                try (PreparedStatement p =
                        c.prepareStatement("SELECT COUNT(*) FROM outbox_message WHERE subject = ?")) {
                    p.setString(1, "assessment:" + id);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        for (int i = 0; i < rs.getInt(1); i++) {
                            found.add("outbox_message.subject");
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return found;
        });
    }
}
