package io.socialmaturity.assessment;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.KeycloakFixtures;
import io.socialmaturity.testing.TestDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Due dates, auto-close, reminders and completion by function over HTTP with real tokens and the real database.
 * The jobs run when the test calls them, with the time it wants (the scheduler is off here).
 */
@MicronautTest(transactional = false)
class CampaignApiTest extends ApiTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    @Inject
    DueDateJobs jobs;

    @Inject
    Reminders reminders;

    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put("maturity.campaigns.jobs-enabled", "false");
        p.put("maturity.app.public-url", "https://maturity.example/");
        return p;
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    long create(String title, Map<String, Object> schedule) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        if (schedule != null) {
            body.put("schedule", schedule);
        }
        return ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", body)).get("id")).longValue();
    }

    /** Marco (marketing), Ivan (IT) and Anna (executive) invited, opened, Ivan submitted. */
    long openWithThree(String title, Map<String, Object> schedule) {
        long id = create(title, schedule);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", IVAN_ID)));
        call(post(
                ANNA_ADMIN,
                "/api/v1/assessments/" + id + "/respondents",
                Map.of("userId", ANNA_ID, "businessFunction", "executive")));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        call(post(IVAN_IT, "/api/v1/assessments/" + id + "/submit", Map.of()));
        return id;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> fields(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.get("violations");
    }

    static String fieldNames(Map<String, Object> problem) {
        return fields(problem).stream()
                .map(f -> (String) f.get("field"))
                .sorted()
                .toList()
                .toString();
    }

    @Test
    void badSchedulesAre400WithTheField() {
        String yesterday = today().minusDays(1).toString();
        var e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(post(
                                ANNA_ADMIN,
                                "/api/v1/assessments",
                                Map.of("title", "Past", "schedule", Map.of("dueDate", yesterday)))));
        assertEquals("[schedule.dueDate]", fieldNames(body(e)));

        e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(post(
                                ANNA_ADMIN,
                                "/api/v1/assessments",
                                Map.of(
                                        "title",
                                        "No due",
                                        "schedule",
                                        Map.of("reminderDaysBefore", 3, "reminderEveryDays", 1)))));
        assertEquals("[schedule.reminderDaysBefore]", fieldNames(body(e)));

        e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(post(
                                ANNA_ADMIN,
                                "/api/v1/assessments",
                                Map.of("title", "No due", "schedule", Map.of("autoClose", true)))));
        assertEquals("[schedule.autoClose]", fieldNames(body(e)));

        long id = create("Schedule edits", null);
        String base = "/api/v1/assessments/" + id + "/schedule";
        String inTen = today().plusDays(10).toString();
        // a first reminder 2 days AFTER the due date (negative days before) or a zero interval
        e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(put(
                                ANNA_ADMIN,
                                base,
                                Map.of("dueDate", inTen, "reminderDaysBefore", -2, "reminderEveryDays", 1))));
        assertEquals("[reminderDaysBefore]", fieldNames(body(e)));
        e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(put(
                                ANNA_ADMIN,
                                base,
                                Map.of("dueDate", inTen, "reminderDaysBefore", 3, "reminderEveryDays", 0))));
        assertEquals("[reminderEveryDays]", fieldNames(body(e)));
        e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(put(ANNA_ADMIN, base, Map.of("dueDate", inTen, "reminderDaysBefore", 3))));
        assertEquals("[reminderEveryDays]", fieldNames(body(e)));
        e = assertProblem(400, () -> http.toBlocking().exchange(put(ANNA_ADMIN, base, Map.of("dueDate", yesterday))));
        assertEquals("[dueDate]", fieldNames(body(e)));
        assertNull(call(get(ANNA_ADMIN, "/api/v1/assessments/" + id)).get("schedule"), "nothing stored");
    }

    @Test
    @SuppressWarnings("unchecked")
    void dueDateAtCreationEditedWhileOpenWithDaysLeftShownToRespondents() {
        long id = create("Due in five", Map.of("dueDate", today().plusDays(5).toString()));
        Map<String, Object> detail = call(get(ANNA_ADMIN, "/api/v1/assessments/" + id));
        Map<String, Object> schedule = (Map<String, Object>) detail.get("schedule");
        assertEquals(today().plusDays(5).toString(), schedule.get("dueDate"));
        assertEquals(5, ((Number) schedule.get("daysLeft")).intValue());
        assertEquals(false, schedule.get("overdue"));
        assertEquals("Europe/Rome", schedule.get("zone"));
        assertEquals(today().plusDays(6).atStartOfDay(ZONE).toInstant(), Instant.parse((String) schedule.get("dueAt")));

        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        Map<String, Object> edited = call(put(
                ANNA_ADMIN,
                "/api/v1/assessments/" + id + "/schedule",
                Map.of(
                        "dueDate",
                        today().plusDays(2).toString(),
                        "autoClose",
                        true,
                        "reminderDaysBefore",
                        1,
                        "reminderEveryDays",
                        1)));
        schedule = (Map<String, Object>) edited.get("schedule");
        assertEquals(2, ((Number) schedule.get("daysLeft")).intValue());
        assertEquals(true, schedule.get("autoClose"));
        assertEquals(today().plusDays(1).toString(), schedule.get("nextReminder"));

        // the respondent sees the due date on the home list and in the questionnaire
        Map<String, Object> listed = ((List<Map<String, Object>>)
                        call(get(MARCO_MARKETING, "/api/v1/assessments?size=200"))
                                .get("items"))
                .stream()
                        .filter(a -> ((Number) a.get("id")).longValue() == id)
                        .findFirst()
                        .orElseThrow();
        assertEquals(today().plusDays(2).toString(), ((Map<String, Object>) listed.get("schedule")).get("dueDate"));
        assertNull(listed.get("completion"), "respondents do not see the completion of others");
        Map<String, Object> q = call(get(MARCO_MARKETING, "/api/v1/assessments/" + id + "/questionnaire"));
        assertEquals(today().plusDays(2).toString(), ((Map<String, Object>) q.get("schedule")).get("dueDate"));

        assertTrue(auditActions(id).contains("assessment.schedule-set"));

        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/close", Map.of()));
        var e = assertProblem(
                409,
                () -> http.toBlocking().exchange(put(ANNA_ADMIN, "/api/v1/assessments/" + id + "/schedule", Map.of())));
        assertEquals("wrong-status", type(e));
    }

    @Test
    @SuppressWarnings("unchecked")
    void autoCloseAtTheEndOfTheDueDayThroughTheCloseUseCase() {
        long id = openWithThree("Auto close", Map.of("dueDate", today().toString(), "autoClose", true));
        Instant dueAt = today().plusDays(1).atStartOfDay(ZONE).toInstant();
        jobs.closeDue(dueAt.minusSeconds(60));
        assertEquals("OPEN", call(get(ANNA_ADMIN, "/api/v1/assessments/" + id)).get("status"), "not due yet");

        assertTrue(jobs.closeDue(dueAt.plusSeconds(60)) >= 1);
        Map<String, Object> closed = call(get(ANNA_ADMIN, "/api/v1/assessments/" + id));
        assertEquals("CLOSED", closed.get("status"));
        assertEquals(
                false,
                call(get(ANNA_ADMIN, "/api/v1/assessments/" + id + "/results")).get("live"),
                "the snapshot was stored");
        Map<String, Object> audit = auditOf(id, "assessment.closed");
        assertEquals("system", audit.get("actorId"));
        assertEquals("due-date", ((Map<String, Object>) audit.get("details")).get("reason"));
        assertEquals(0, jobs.closeDue(dueAt.plusSeconds(120)), "closed once");
        // a closed assessment shows no overdue
        assertEquals(false, ((Map<String, Object>) closed.get("schedule")).get("overdue"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAutoClosedRepeatingAssessmentStartsItsNextCycleOwnedByItsCreator() {
        long id = openWithThree("Auto close repeating", Map.of("dueDate", today().toString(), "autoClose", true));
        call(put(
                ANNA_ADMIN,
                "/api/v1/assessments/" + id + "/recurrence",
                Map.of("repeatEveryMonths", 3, "pinFrameworkVersion", false)));
        assertTrue(
                jobs.closeDue(today().plusDays(1).atStartOfDay(ZONE).toInstant().plusSeconds(60)) >= 1);

        Map<String, Object> closed = call(get(ANNA_ADMIN, "/api/v1/assessments/" + id));
        assertEquals("CLOSED", closed.get("status"));
        Map<String, Object> next = (Map<String, Object>) ((Map<String, Object>) closed.get("recurrence")).get("next");
        long nextId = ((Number) next.get("id")).longValue();
        assertEquals("DRAFT", next.get("status"));
        Long mailsToAnna = tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection()
                    .prepareStatement(
                            "SELECT COUNT(*) FROM outbox_message WHERE subject = ? AND topic = ? AND recipient_ref = ?")) {
                s.setString(1, "assessment:" + nextId);
                s.setString(2, "assessment-next-cycle");
                s.setString(3, ANNA_ID);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertEquals(1L, mailsToAnna, "the creator, not the system actor, is told of the next cycle");
        assertEquals(
                ANNA_ID,
                tx.executeRead(status -> {
                    try (PreparedStatement s =
                            status.getConnection().prepareStatement("SELECT created_by FROM assessment WHERE id = ?")) {
                        s.setLong(1, nextId);
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            return rs.getString(1);
                        }
                    }
                }),
                "the next cycle belongs to the creator");
    }

    @Test
    void scheduledRemindersGoOnlyToNonSubmittersOncePerDay() throws Exception {
        long id = openWithThree(
                "Scheduled reminders",
                Map.of("dueDate", today().plusDays(3).toString(), "reminderDaysBefore", 3, "reminderEveryDays", 2));
        Instant now = Instant.now();
        reminders.runScheduled(now);
        assertEquals(List.of(ANNA_ID, MARCO_ID), recipients(id), "not Ivan, who submitted");
        reminders.runScheduled(now.plusSeconds(5));
        assertEquals(2, recipients(id).size(), "one a day");
        reminders.runScheduled(now.plus(1, ChronoUnit.DAYS));
        assertEquals(2, recipients(id).size(), "every 2 days: no reminder tomorrow");
        reminders.runScheduled(now.plus(2, ChronoUnit.DAYS));
        assertEquals(4, recipients(id).size(), "the next reminder day");

        Map<String, Object> mail = outbox(id).get(0);
        assertEquals("assessment-reminder", mail.get("topic"));
        String payload = (String) mail.get("payload");
        assertTrue(payload.contains("https://maturity.example/assessments/" + id + "/questionnaire"), payload);
        assertTrue(payload.contains("\"locale\":\"en\""), payload);
        assertEquals(
                4,
                auditActions(id).stream()
                        .filter("assessment.reminder-queued"::equals)
                        .count());
        assertEquals("system", auditOf(id, "assessment.reminder-queued").get("actorId"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void remindNowOneOrAllAtMostOncePerDay() throws Exception {
        long id = openWithThree("Remind now", null);
        String uri = "/api/v1/assessments/" + id + "/reminders";
        Map<String, Object> one = call(post(ANNA_ADMIN, uri, Map.of("userId", MARCO_ID)));
        assertEquals(1, one.get("queued"));
        assertEquals(List.of(MARCO_ID), one.get("queuedTo"));

        Map<String, Object> all = call(post(ANNA_ADMIN, uri, Map.of()));
        assertEquals(1, all.get("queued"));
        assertEquals(List.of(ANNA_ID), all.get("queuedTo"));
        assertEquals(1, all.get("skipped"));
        assertEquals(List.of(Map.of("userId", MARCO_ID, "reason", "reminded-today")), all.get("skippedRespondents"));

        Map<String, Object> submitted = call(post(ANNA_ADMIN, uri, Map.of("userId", IVAN_ID)));
        assertEquals(0, submitted.get("queued"));
        assertEquals(List.of(Map.of("userId", IVAN_ID, "reason", "submitted")), submitted.get("skippedRespondents"));

        assertEquals(List.of(ANNA_ID, MARCO_ID), recipients(id));
        Map<String, Object> audit = auditOf(id, "assessment.reminder-queued");
        assertEquals(ANNA_ID, audit.get("actorId"));
        assertEquals("manual", ((Map<String, Object>) audit.get("details")).get("trigger"));

        assertProblem(404, () -> http.toBlocking().exchange(post(ANNA_ADMIN, uri, Map.of("userId", GIORGIO_ID))));
        long draft = create("Draft reminders", null);
        var e = assertProblem(
                409,
                () -> http.toBlocking()
                        .exchange(post(ANNA_ADMIN, "/api/v1/assessments/" + draft + "/reminders", Map.of())));
        assertEquals("wrong-status", type(e));
        assertProblem(403, () -> http.toBlocking().exchange(post(MARCO_MARKETING, uri, Map.of())));
    }

    @Test
    void aReminderIsInTheRecipientsLanguage() {
        String lucia = KeycloakFixtures.ensureMember(
                KeycloakFixtures.ensureOrganization("acme", "Acme"), "lucia.locale@acme.example", "marketing", "it");
        LocalDate due = LocalDate.of(today().getYear() + 1, 3, 15);
        long id = create("Promemoria", Map.of("dueDate", due.toString()));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", lucia)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/reminders", Map.of()));
        Map<String, String> payloads = new HashMap<>();
        outbox(id).forEach(m -> payloads.put((String) m.get("recipient"), (String) m.get("payload")));
        assertTrue(payloads.get(lucia).contains("\"locale\":\"it\""), payloads.get(lucia));
        assertTrue(payloads.get(lucia).contains("15 marzo " + due.getYear()), payloads.get(lucia));
        assertTrue(payloads.get(MARCO_ID).contains("\"locale\":\"en\""), "no locale: English");
        assertTrue(payloads.get(MARCO_ID).contains("15 March " + due.getYear()), payloads.get(MARCO_ID));
    }

    @Test
    @SuppressWarnings("unchecked")
    void completionByFunctionAndTheGapWarning() {
        long id = create("Completion", null);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", IVAN_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        call(post(IVAN_IT, "/api/v1/assessments/" + id + "/submit", Map.of()));
        Map<String, Object> completion = (Map<String, Object>)
                call(get(ANNA_ADMIN, "/api/v1/assessments/" + id)).get("completion");
        assertEquals(
                List.of(
                        Map.of("businessFunction", "marketing", "respondents", 1, "submitted", 0),
                        Map.of("businessFunction", "it", "respondents", 1, "submitted", 1)),
                completion.get("byFunction"));
        assertEquals(false, completion.get("gapComputable"), "no submitted marketing respondent yet");

        call(post(MARCO_MARKETING, "/api/v1/assessments/" + id + "/submit", Map.of()));
        Map<String, Object> listed = ((List<Map<String, Object>>)
                        call(get(ANNA_ADMIN, "/api/v1/assessments?size=200")).get("items"))
                .stream()
                        .filter(a -> ((Number) a.get("id")).longValue() == id)
                        .findFirst()
                        .orElseThrow();
        completion = (Map<String, Object>) listed.get("completion");
        assertEquals(true, completion.get("gapComputable"));
        assertEquals(
                Map.of("businessFunction", "marketing", "respondents", 1, "submitted", 1),
                ((List<Object>) completion.get("byFunction")).get(0));
    }

    @Test
    void anotherTenantSeesAndChangesNothing() throws Exception {
        long id = openWithThree(
                "Acme campaign", Map.of("dueDate", today().plusDays(4).toString()));
        Map<String, Object> before = call(get(ANNA_ADMIN, "/api/v1/assessments/" + id));
        String base = "/api/v1/assessments/" + id;
        List<MutableHttpRequest<?>> requests = List.of(
                put(
                        GINA_ADMIN,
                        base + "/schedule",
                        Map.of("dueDate", today().plusDays(9).toString())),
                post(GINA_ADMIN, base + "/reminders", Map.of()),
                post(GINA_ADMIN, base + "/reminders", Map.of("userId", MARCO_ID)),
                get(GINA_ADMIN, base));
        for (MutableHttpRequest<?> r : requests) {
            assertProblem(404, () -> http.toBlocking().exchange(r));
        }
        assertEquals(before, call(get(ANNA_ADMIN, base)), "nothing changed");
        assertEquals(List.of(), recipients(id), "no reminder queued");
        assertFalse(
                call(get(GINA_ADMIN, "/api/v1/assessments?size=200")).toString().contains("Acme campaign"));
    }

    // ---- helpers

    @SuppressWarnings("unchecked")
    List<String> auditActions(long id) {
        List<String> actions = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>)
                call(get(ANNA_ADMIN, "/api/v1/audit?size=200")).get("items")) {
            if (String.valueOf(id).equals(e.get("entityId")) && "assessment".equals(e.get("entityType"))) {
                actions.add((String) e.get("action"));
            }
        }
        return actions;
    }

    /** The newest audit event of this action on the assessment. */
    @SuppressWarnings("unchecked")
    Map<String, Object> auditOf(long id, String action) {
        return ((List<Map<String, Object>>)
                        call(get(ANNA_ADMIN, "/api/v1/audit?size=200")).get("items"))
                .stream()
                        .filter(e -> String.valueOf(id).equals(e.get("entityId")) && action.equals(e.get("action")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + action));
    }

    /** The recipients of queued reminders of this assessment, sorted. */
    List<String> recipients(long id) throws Exception {
        return outbox(id).stream()
                .map(m -> (String) m.get("recipient"))
                .sorted()
                .toList();
    }

    List<Map<String, Object>> outbox(long id) {
        return tx.executeRead(status -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (PreparedStatement s = status.getConnection()
                    .prepareStatement(
                            "SELECT recipient_ref, topic, payload FROM outbox_message WHERE subject = ? AND topic = ? ORDER BY id")) {
                s.setString(1, "assessment:" + id);
                s.setString(2, "assessment-reminder");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(Map.of(
                                "recipient", rs.getString(1), "topic", rs.getString(2), "payload", rs.getString(3)));
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }
}
