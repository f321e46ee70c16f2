package io.socialmaturity.assessment;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.TestDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recurring cycles over HTTP with real tokens and the real database: closing a repeating assessment creates exactly
 * one next draft (title with the next period, framework latest or pinned, targets, respondents, predecessor link)
 * and queues the closing admin's email; a one-off assessment creates nothing; bad intervals are 400 with the field;
 * another tenant sees and changes nothing.
 */
@MicronautTest(transactional = false)
class RecurringCyclesApiTest extends ApiTest {

    private static final String TEST_FRAMEWORK = "cycle-test";

    @Inject
    FrameworkCatalog frameworks;

    @BeforeAll
    void twoVersionsOfATestFramework() {
        // a framework of this test only, with two versions: "latest" and "pinned" differ
        frameworks.publishFile("frameworks/cycle-test/1.json");
        frameworks.publishFile("frameworks/cycle-test/2.json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void closingARepeatingAssessmentCreatesOneDraftOfTheNextPeriodAndQueuesTheAdminsMail() throws SQLException {
        long id = create(Map.of(
                "title",
                "Social maturity",
                "frameworkKey",
                TEST_FRAMEWORK,
                "frameworkVersion",
                1,
                "repeatEveryMonths",
                3));
        call(put(ANNA_ADMIN, "/api/v1/assessments/" + id + "/targets", Map.of("targets", Map.of("pulse", 5))));
        invite(id, MARCO_ID, IVAN_ID);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        answerAll(MARCO_MARKETING, id, true);

        Map<String, Object> closed = call(as(
                ANNA_ADMIN,
                HttpRequest.POST("/api/v1/assessments/" + id + "/close", Map.of())
                        .header("Accept-Language", "it-IT,it;q=0.9")));
        assertEquals("CLOSED", closed.get("status"));
        Map<String, Object> recurrence = (Map<String, Object>) closed.get("recurrence");
        assertEquals(3, recurrence.get("repeatEveryMonths"));
        assertEquals(((Number) closed.get("id")).longValue(), ((Number) recurrence.get("seriesId")).longValue());
        Map<String, Object> nextRef = (Map<String, Object>) recurrence.get("next");
        assertNotNull(nextRef, "the close names its next cycle");
        long next = ((Number) nextRef.get("id")).longValue();

        Map<String, Object> draft = call(get(ANNA_ADMIN, "/api/v1/assessments/" + next));
        Instant closedAt = Instant.parse((String) closed.get("closedAt"));
        assertEquals(CyclePeriods.nextTitle("Social maturity", 3, closedAt), draft.get("title"));
        assertTrue(((String) draft.get("title")).matches("Social maturity · \\d{4}-Q[1-4]"), "title with a quarter");
        assertEquals("DRAFT", draft.get("status"));
        assertEquals(
                Map.of("key", TEST_FRAMEWORK, "version", 2),
                draft.get("framework"),
                "not pinned: the latest version of the same framework");
        assertEquals(5, ((Map<String, Object>) draft.get("targets")).get("pulse"), "targets copied");
        List<Map<String, Object>> respondents = (List<Map<String, Object>>) draft.get("respondents");
        Map<String, Object> functions = new HashMap<>();
        respondents.forEach(r -> functions.put((String) r.get("userId"), r.get("businessFunction")));
        assertEquals(Map.of(MARCO_ID, "marketing", IVAN_ID, "it"), functions, "respondents copied");
        assertTrue(respondents.stream().allMatch(r -> r.get("submittedAt") == null), "nobody has submitted yet");
        assertEquals(0L, ((Number) ((Map<String, Object>) draft.get("progress")).get("answers")).longValue());
        Map<String, Object> draftCycle = (Map<String, Object>) draft.get("recurrence");
        assertEquals(id, ((Number) ((Map<String, Object>) draftCycle.get("previous")).get("id")).longValue());
        assertEquals(id, ((Number) draftCycle.get("seriesId")).longValue());
        assertEquals(3, draftCycle.get("repeatEveryMonths"), "the next cycle repeats too");
        assertNull(draftCycle.get("next"));

        assertEquals(1, count("SELECT COUNT(*) FROM assessment_cycle WHERE previous_id = ?", id), "exactly one");
        // closing again is refused and creates nothing more
        assertProblem(
                409,
                () -> http.toBlocking().exchange(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/close", Map.of())));
        assertEquals(1, count("SELECT COUNT(*) FROM assessment_cycle WHERE previous_id = ?", id));

        // the closing admin's email, queued in the close's transaction, in the language of the close
        List<String[]> mails = rows(
                "SELECT topic, recipient_ref, payload FROM outbox_message WHERE subject = ?", "assessment:" + next);
        assertEquals(1, mails.size(), "one mail");
        assertEquals("assessment-next-cycle", mails.get(0)[0]);
        assertEquals(ANNA_ID, mails.get(0)[1]);
        String payload = mails.get(0)[2];
        assertTrue(payload.contains("/assessments/" + next + "/manage"), payload);
        assertTrue(payload.contains("\"locale\":\"it\""), payload);
        assertTrue(payload.contains("anna.admin@acme.example"), payload);
        assertTrue(payload.contains((String) draft.get("title")), payload);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPinnedVersionStaysAndTheSettingCanChangeWhileOpen() {
        long id = create(Map.of("title", "Pinned pulse", "frameworkKey", TEST_FRAMEWORK, "frameworkVersion", 1));
        invite(id, IVAN_ID);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        Map<String, Object> set = call(put(
                ANNA_ADMIN,
                "/api/v1/assessments/" + id + "/recurrence",
                Map.of("repeatEveryMonths", 12, "pinFrameworkVersion", true)));
        assertEquals(
                Map.of("repeatEveryMonths", 12, "pinFrameworkVersion", true, "seriesId", (int) id),
                withoutNulls((Map<String, Object>) set.get("recurrence")));

        Map<String, Object> closed = call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/close", Map.of()));
        long next = ((Number)
                        ((Map<String, Object>) ((Map<String, Object>) closed.get("recurrence")).get("next")).get("id"))
                .longValue();
        Map<String, Object> draft = call(get(ANNA_ADMIN, "/api/v1/assessments/" + next));
        assertEquals(Map.of("key", TEST_FRAMEWORK, "version", 1), draft.get("framework"), "pinned version kept");
        assertTrue(((String) draft.get("title")).matches("Pinned pulse · \\d{4}"), "a yearly cycle is named by year");

        // a closed assessment's setting no longer changes
        assertProblem(
                409,
                () -> http.toBlocking()
                        .exchange(put(
                                ANNA_ADMIN,
                                "/api/v1/assessments/" + id + "/recurrence",
                                Map.of("repeatEveryMonths", 3))));
    }

    @Test
    void aOneOffAssessmentCreatesNothingAtClose() throws SQLException {
        long id = create(Map.of("title", "One-off", "frameworkKey", TEST_FRAMEWORK));
        invite(id, IVAN_ID);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        long before = count(
                "SELECT COUNT(*) FROM assessment WHERE tenant_id = (SELECT tenant_id FROM assessment"
                        + " WHERE id = ?)",
                id);
        Map<String, Object> closed = call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/close", Map.of()));
        assertNull(closed.get("recurrence"));
        assertEquals(
                before,
                count(
                        "SELECT COUNT(*) FROM assessment WHERE tenant_id = (SELECT tenant_id FROM assessment"
                                + " WHERE id = ?)",
                        id),
                "no new assessment");
        assertEquals(0, count("SELECT COUNT(*) FROM assessment_cycle WHERE previous_id = ?", id));

        // stopping the repetition before the close creates nothing either
        long stopped = create(Map.of("title", "Stopped", "frameworkKey", TEST_FRAMEWORK, "repeatEveryMonths", 6));
        invite(stopped, IVAN_ID);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + stopped + "/open", Map.of()));
        Map<String, Object> none = new HashMap<>();
        none.put("repeatEveryMonths", null);
        call(put(ANNA_ADMIN, "/api/v1/assessments/" + stopped + "/recurrence", none));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + stopped + "/close", Map.of()));
        assertEquals(0, count("SELECT COUNT(*) FROM assessment_cycle WHERE previous_id = ?", stopped));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIntervalIsOneToTwentyFourMonths() {
        for (int bad : new int[] {0, 25, -3}) {
            var e = assertProblem(
                    400,
                    () -> http.toBlocking()
                            .exchange(post(
                                    ANNA_ADMIN,
                                    "/api/v1/assessments",
                                    Map.of("title", "Bad interval", "repeatEveryMonths", bad))));
            List<Map<String, Object>> violations = (List<Map<String, Object>>) body(e).get("violations");
            assertTrue(
                    violations.stream().anyMatch(v -> "repeatEveryMonths".equals(v.get("field"))),
                    () -> String.valueOf(violations));
        }
        long id = create(Map.of("title", "Good interval", "repeatEveryMonths", 24));
        var e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(put(
                                ANNA_ADMIN,
                                "/api/v1/assessments/" + id + "/recurrence",
                                Map.of("repeatEveryMonths", 30))));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) body(e).get("violations");
        assertTrue(violations.stream().anyMatch(v -> "repeatEveryMonths".equals(v.get("field"))));
        Map<String, Object> unchanged = call(get(ANNA_ADMIN, "/api/v1/assessments/" + id));
        assertEquals(24, ((Map<String, Object>) unchanged.get("recurrence")).get("repeatEveryMonths"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherTenantSeesAndChangesNothing() {
        long id = create(Map.of("title", "Acme only", "repeatEveryMonths", 3));
        assertProblem(
                404,
                () -> http.toBlocking()
                        .exchange(put(
                                GINA_ADMIN,
                                "/api/v1/assessments/" + id + "/recurrence",
                                Map.of("repeatEveryMonths", 1))));
        assertProblem(404, () -> http.toBlocking().exchange(get(GINA_ADMIN, "/api/v1/assessments/" + id)));
        assertProblem(
                404,
                () -> http.toBlocking().exchange(post(GINA_ADMIN, "/api/v1/assessments/" + id + "/close", Map.of())));
        // a respondent of the same tenant may not change it either
        assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(put(
                                IVAN_IT, "/api/v1/assessments/" + id + "/recurrence", Map.of("repeatEveryMonths", 1))));
        Map<String, Object> unchanged = call(get(ANNA_ADMIN, "/api/v1/assessments/" + id));
        assertEquals(3, ((Map<String, Object>) unchanged.get("recurrence")).get("repeatEveryMonths"));
        Map<String, Object> history = call(get(GINA_ADMIN, "/api/v1/history"));
        assertTrue(((List<Map<String, Object>>) history.get("results"))
                .stream().noneMatch(r -> ((Number) r.get("assessmentId")).longValue() == id));
    }

    // ---------------------------------------------------------------- helpers

    private long create(Map<String, Object> body) {
        return ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", body)).get("id")).longValue();
    }

    private void invite(long id, String... userIds) {
        for (String userId : userIds) {
            call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", userId)));
        }
    }

    @SuppressWarnings("unchecked")
    private void answerAll(String user, long id, boolean top) {
        Map<String, Object> q = call(get(user, "/api/v1/assessments/" + id + "/questionnaire"));
        for (Map<String, Object> question : AssessmentLifecycleTest.questions(q)) {
            List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
            String option = (String) options.get(top ? options.size() - 1 : 0).get("key");
            call(put(
                    user,
                    "/api/v1/assessments/" + id + "/answers/" + question.get("key"),
                    Map.of("optionKey", option, "baseRevision", 0)));
        }
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> out = new HashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v instanceof Number n && !(v instanceof Integer) ? n.intValue() : v);
            }
        });
        return out;
    }

    private static Connection connection() throws SQLException {
        Map<String, String> db = TestDatabase.properties();
        return DriverManager.getConnection(
                db.get("datasources.default.url"),
                db.get("datasources.default.username"),
                db.get("datasources.default.password"));
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private List<String[]> rows(String sql, Object parameter) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    String[] row = new String[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = r.getString(i + 1);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }
}
