package io.socialmaturity.actions;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.report.XlsxAssert;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Assessments;
import io.socialmaturity.testing.TestDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Action plans over HTTP with real tokens and the real database: the whole life of an action, bad input, the
 * pairing proposal, owner vs admin rights, isolation of every endpoint, the assignment mails and the weekly digest
 * (read back from the outbox; the digest job runs when the test calls it).
 */
@MicronautTest(transactional = false)
class ActionsApiTest extends ApiTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    @Inject
    ActionDigests digests;

    @Inject
    TransactionOperations<Connection> tx;

    long assessment;
    List<String> roadmapKeys;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put("maturity.campaigns.jobs-enabled", "false");
        p.put("maturity.app.public-url", "https://maturity.example/");
        p.put("maturity.webhooks.allow-http", "true");
        p.put("maturity.webhooks.allow-private-addresses", "true");
        return p;
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void closedAssessment() {
        assessment = Assessments.closeWithAnswers(http, ANNA_ADMIN, MARCO_MARKETING, MARCO_ID, "Actions base", 0);
        Map<String, Object> results = call(get(ANNA_ADMIN, "/api/v1/assessments/" + assessment + "/results"));
        List<Map<String, Object>> roadmap =
                (List<Map<String, Object>>) ((Map<String, Object>) results.get("result")).get("roadmap");
        roadmapKeys = roadmap.stream()
                .map(i -> (String) ((Map<String, Object>) i.get("recommendation")).get("key"))
                .toList();
        assertTrue(roadmapKeys.size() >= 2, "the low answers leave a roadmap: " + roadmapKeys);
    }

    static String today(int plusDays) {
        return LocalDate.now(ZONE).plusDays(plusDays).toString();
    }

    long create(String title, String dimension, List<String> owners, String dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("dimension", dimension);
        body.put("ownerIds", owners);
        body.put("assessmentId", assessment);
        if (dueDate != null) {
            body.put("dueDate", dueDate);
        }
        return id(call(post(ANNA_ADMIN, "/api/v1/actions", body)));
    }

    static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> plan) {
        return (List<Map<String, Object>>) plan.get("items");
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("violations"))
                .stream().map(f -> (String) f.get("field")).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> ownerIds(Map<String, Object> action) {
        return ((List<Map<String, Object>>) action.get("owners"))
                .stream().map(o -> (String) o.get("userId")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWholeLifeOfAnAction() {
        // from two roadmap items in one call, Marco as owner
        List<Map<String, Object>> created = http.toBlocking()
                .retrieve(
                        post(
                                ANNA_ADMIN,
                                "/api/v1/actions/from-roadmap?lang=it",
                                Map.of(
                                        "assessmentId",
                                        assessment,
                                        "recommendationKeys",
                                        roadmapKeys.subList(0, 2),
                                        "ownerIds",
                                        List.of(MARCO_ID),
                                        "dueDate",
                                        today(30),
                                        "effort",
                                        "M")),
                        io.micronaut.core.type.Argument.listOf(
                                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertEquals(2, created.size());
        Map<String, Object> first = created.get(0);
        long id = id(first);
        assertEquals(roadmapKeys.get(0), first.get("sourceRecommendationKey"));
        assertEquals("PLANNED", first.get("status"));
        assertEquals("M", first.get("effort"));
        assertEquals(List.of(MARCO_ID), ownerIds(first));
        assertNotNull(first.get("expectedLevel"));
        assertEquals(1, outbox("action:" + id, "action-assigned").size(), "Marco told once");

        // Marco sees them under "My actions" and moves one on with a note
        List<Long> mine = items(call(get(MARCO_MARKETING, "/api/v1/actions/mine"))).stream()
                .map(ActionsApiTest::id)
                .toList();
        assertTrue(mine.contains(id), "mine: " + mine);
        Map<String, Object> started = call(post(
                MARCO_MARKETING,
                "/api/v1/actions/" + id + "/updates",
                Map.of("status", "IN_PROGRESS", "note", "Kick-off on Monday")));
        assertEquals("IN_PROGRESS", started.get("status"));
        List<Map<String, Object>> log = (List<Map<String, Object>>) started.get("updates");
        assertEquals("status-changed", log.get(0).get("kind"));
        assertEquals("Kick-off on Monday", log.get(0).get("note"));
        assertEquals(MARCO_ID, log.get(0).get("actorId"));
        assertEquals(
                Map.of("from", "PLANNED", "to", "IN_PROGRESS"),
                ((Map<String, Object>) log.get(0).get("changes")).get("status"));
        Map<String, Object> noted =
                call(post(MARCO_MARKETING, "/api/v1/actions/" + id + "/updates", Map.of("note", "Tool trial booked")));
        assertEquals(
                "note-added",
                ((List<Map<String, Object>>) noted.get("updates")).get(0).get("kind"));

        // the admin edits it, then reassigns it to Ivan: Ivan is told, Marco no longer sees it
        Map<String, Object> edit = new HashMap<>();
        edit.put("title", "Listening tool trial");
        edit.put("dimension", first.get("dimension"));
        edit.put("status", "BLOCKED");
        edit.put("effort", "L");
        edit.put("costEstimate", 1200);
        edit.put("dueDate", today(60));
        Map<String, Object> edited = call(put(ANNA_ADMIN, "/api/v1/actions/" + id, edit));
        assertEquals("Listening tool trial", edited.get("title"));
        assertEquals("BLOCKED", edited.get("status"));
        Map<String, Object> reassigned = call(put(
                ANNA_ADMIN,
                "/api/v1/actions/" + id + "/owners",
                Map.of("ownerIds", List.of(IVAN_ID), "note", "IT leads the trial")));
        assertEquals(List.of(IVAN_ID), ownerIds(reassigned));
        assertEquals(
                1,
                outbox("action:" + id, "action-assigned").stream()
                        .filter(r -> r.get("recipient").equals(IVAN_ID))
                        .count());
        assertProblem(404, () -> http.toBlocking().exchange(get(MARCO_MARKETING, "/api/v1/actions/" + id)));

        // Ivan finishes it: done, with its time
        Map<String, Object> done = call(post(IVAN_IT, "/api/v1/actions/" + id + "/updates", Map.of("status", "DONE")));
        assertEquals("DONE", done.get("status"));
        assertNotNull(done.get("doneAt"));
        assertEquals(false, done.get("overdue"));

        // dropped, then reopened: only with a note
        call(post(IVAN_IT, "/api/v1/actions/" + id + "/updates", Map.of("status", "DROPPED", "note", "Budget cut")));
        var e = assertProblem(
                409,
                () -> http.toBlocking()
                        .exchange(post(IVAN_IT, "/api/v1/actions/" + id + "/updates", Map.of("status", "PLANNED"))));
        assertEquals("reopen-needs-note", type(e));
        assertEquals(List.of("note"), fields(body(e)));
        Map<String, Object> adminEdit = new HashMap<>(edit);
        adminEdit.put("status", "PLANNED");
        e = assertProblem(409, () -> http.toBlocking().exchange(put(ANNA_ADMIN, "/api/v1/actions/" + id, adminEdit)));
        assertEquals("reopen-needs-note", type(e));
        Map<String, Object> reopened = call(post(
                IVAN_IT, "/api/v1/actions/" + id + "/updates", Map.of("status", "PLANNED", "note", "Budget is back")));
        assertEquals("PLANNED", reopened.get("status"));
        assertNull(reopened.get("doneAt"));
        assertEquals(8, ((List<?>) reopened.get("updates")).size(), "created, 2 by Marco, edit, reassign, 3 by Ivan");

        // every change audited
        assertEquals(
                List.of(
                        "action.created",
                        "action.status-changed",
                        "action.note-added",
                        "action.updated",
                        "action.reassigned",
                        "action.status-changed",
                        "action.status-changed",
                        "action.status-changed"),
                audit(id));

        // deleted: gone, audited
        assertEquals(
                HttpStatus.NO_CONTENT,
                http.toBlocking()
                        .exchange(delete(ANNA_ADMIN, "/api/v1/actions/" + id))
                        .getStatus());
        assertProblem(404, () -> http.toBlocking().exchange(get(ANNA_ADMIN, "/api/v1/actions/" + id)));
        assertEquals("action.deleted", audit(id).get(audit(id).size() - 1));
    }

    @Test
    void badInputNamesTheField() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Bad");
        body.put("assessmentId", assessment);
        body.put("dimension", "astrology");
        var e = assertProblem(400, () -> http.toBlocking().exchange(post(ANNA_ADMIN, "/api/v1/actions", body)));
        assertEquals(List.of("dimension"), fields(body(e)));

        body.put("dimension", "marketing");
        body.put("questionKeys", List.of("mkt.listening", "aln.skills"));
        e = assertProblem(400, () -> http.toBlocking().exchange(post(ANNA_ADMIN, "/api/v1/actions", body)));
        assertEquals(List.of("questionKeys[1]"), fields(body(e)));

        body.put("questionKeys", List.of("mkt.listening"));
        body.put("ownerIds", List.of(MARCO_ID, GIORGIO_ID));
        e = assertProblem(400, () -> http.toBlocking().exchange(post(ANNA_ADMIN, "/api/v1/actions", body)));
        assertEquals(List.of("ownerIds[1]"), fields(body(e)));

        e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(post(
                                ANNA_ADMIN,
                                "/api/v1/actions/from-roadmap",
                                Map.of("assessmentId", assessment, "recommendationKeys", List.of("no.such.key")))));
        assertEquals(List.of("recommendationKeys[0]"), fields(body(e)));

        e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(post(
                                ANNA_ADMIN,
                                "/api/v1/actions/" + create("Empty", "sales", List.of(), null) + "/updates",
                                Map.of())));
        assertEquals(List.of("note"), fields(body(e)));

        // a due date before the creation day is accepted, with a warning
        body.put("ownerIds", List.of(MARCO_ID));
        body.put("dueDate", today(-3));
        Map<String, Object> late = call(post(ANNA_ADMIN, "/api/v1/actions", body));
        assertEquals(List.of(Map.of("field", "dueDate", "code", "before-creation")), late.get("warnings"));
        assertEquals(true, late.get("overdue"));
        assertEquals(List.of("mkt.listening"), late.get("questionKeys"));
    }

    @Test
    void alignmentActionsGetAMarketingAndAnItOwnerProposed() {
        Map<String, Object> pair = call(get(ANNA_ADMIN, "/api/v1/actions/pairing"));
        assertEquals("alignment", pair.get("dimension"));
        assertEquals(MARCO_ID, ((Map<?, ?>) pair.get("marketing")).get("userId"));
        assertEquals(IVAN_ID, ((Map<?, ?>) pair.get("it")).get("userId"));
        assertEquals("marketing", ((Map<?, ?>) pair.get("marketing")).get("businessFunction"));
        assertEquals("it", ((Map<?, ?>) pair.get("it")).get("businessFunction"));
        assertProblem(403, () -> http.toBlocking().exchange(get(MARCO_MARKETING, "/api/v1/actions/pairing")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void progressAndFiltersOfThePlan() {
        long a = create("Progress one", "service", List.of(IVAN_ID), today(10));
        long b = create("Progress two", "service", List.of(IVAN_ID), today(-1));
        call(post(IVAN_IT, "/api/v1/actions/" + a + "/updates", Map.of("status", "DONE")));
        Map<String, Object> plan = call(get(ANNA_ADMIN, "/api/v1/actions?dimension=service&owner=" + IVAN_ID));
        List<Long> ids = items(plan).stream().map(ActionsApiTest::id).toList();
        assertTrue(ids.containsAll(List.of(a, b)), "" + ids);
        assertTrue(items(plan).stream().allMatch(i -> "service".equals(i.get("dimension"))));
        Map<String, Object> service = ((List<Map<String, Object>>)
                        ((Map<String, Object>) plan.get("progress")).get("byDimension"))
                .stream()
                        .filter(d -> "service".equals(d.get("dimension")))
                        .findFirst()
                        .orElseThrow();
        int total = ((Number) service.get("total")).intValue();
        int done = ((Number) service.get("done")).intValue();
        assertTrue(total >= 2 && done >= 1 && ((Number) service.get("overdue")).intValue() >= 1, "" + service);
        List<Long> doneOnly = items(call(get(ANNA_ADMIN, "/api/v1/actions?status=DONE"))).stream()
                .map(ActionsApiTest::id)
                .toList();
        assertTrue(doneOnly.contains(a) && !doneOnly.contains(b));
    }

    @Test
    void ownersUpdateButOnlyAdminsCreateReassignAndDelete() {
        long id = create("Rights", "sales", List.of(MARCO_ID), today(5));
        Map<String, Object> body = Map.of("title", "Mine", "dimension", "sales");
        assertProblem(403, () -> http.toBlocking().exchange(post(MARCO_MARKETING, "/api/v1/actions", body)));
        assertProblem(403, () -> http.toBlocking().exchange(get(MARCO_MARKETING, "/api/v1/actions")));
        assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(put(
                                MARCO_MARKETING,
                                "/api/v1/actions/" + id,
                                Map.of("title", "x", "dimension", "sales", "status", "DONE"))));
        assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(put(
                                MARCO_MARKETING,
                                "/api/v1/actions/" + id + "/owners",
                                Map.of("ownerIds", List.of(MARCO_ID, IVAN_ID)))));
        assertProblem(403, () -> http.toBlocking().exchange(delete(MARCO_MARKETING, "/api/v1/actions/" + id)));
        assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(post(
                                MARCO_MARKETING,
                                "/api/v1/actions/from-roadmap",
                                Map.of("assessmentId", assessment, "recommendationKeys", roadmapKeys))));
        // Ivan is a user of the company but not an owner: he does not see it
        assertProblem(404, () -> http.toBlocking().exchange(get(IVAN_IT, "/api/v1/actions/" + id)));
        assertProblem(
                404,
                () -> http.toBlocking()
                        .exchange(post(IVAN_IT, "/api/v1/actions/" + id + "/updates", Map.of("note", "hi"))));
        // Marco, the owner, may
        assertEquals(
                "IN_PROGRESS",
                call(post(MARCO_MARKETING, "/api/v1/actions/" + id + "/updates", Map.of("status", "IN_PROGRESS")))
                        .get("status"));
        assertEquals(
                "Rights", call(get(MARCO_MARKETING, "/api/v1/actions/" + id)).get("title"));
    }

    @Test
    void anotherTenantSeesAndChangesNothing() {
        long id = create("Isolated", "rnd", List.of(MARCO_ID), today(5));
        Map<String, Object> before = call(get(ANNA_ADMIN, "/api/v1/actions/" + id));
        String base = "/api/v1/actions/" + id;
        for (String outsider : List.of(GINA_ADMIN, GIORGIO_GLOBEX)) {
            List<MutableHttpRequest<?>> calls = new ArrayList<>(List.of(
                    get(outsider, base), post(outsider, base + "/updates", Map.of("status", "DONE", "note", "x"))));
            if (outsider.equals(GINA_ADMIN)) {
                calls.add(put(outsider, base, Map.of("title", "Hijacked", "dimension", "rnd", "status", "DONE")));
                calls.add(put(outsider, base + "/owners", Map.of("ownerIds", List.of(GIORGIO_ID))));
                calls.add(delete(outsider, base));
                calls.add(post(
                        outsider,
                        "/api/v1/actions/from-roadmap",
                        Map.of("assessmentId", assessment, "recommendationKeys", roadmapKeys.subList(0, 1))));
                calls.add(post(
                        outsider,
                        "/api/v1/actions",
                        Map.of("title", "x", "dimension", "rnd", "assessmentId", assessment)));
            }
            for (MutableHttpRequest<?> r : calls) {
                assertProblem(404, () -> http.toBlocking().exchange(r));
            }
        }
        List<Long> ginas = items(call(get(GINA_ADMIN, "/api/v1/actions"))).stream()
                .map(ActionsApiTest::id)
                .toList();
        assertFalse(ginas.contains(id));
        assertFalse(items(call(get(GIORGIO_GLOBEX, "/api/v1/actions/mine"))).stream()
                .anyMatch(a -> id(a) == id));
        // Gina cannot make Anna's users owners of her actions either
        var e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(post(
                                GINA_ADMIN,
                                "/api/v1/actions",
                                Map.of("title", "x", "dimension", "rnd", "ownerIds", List.of(MARCO_ID)))));
        assertEquals(List.of("ownerIds[0]"), fields(body(e)));
        Map<String, Object> after = call(get(ANNA_ADMIN, "/api/v1/actions/" + id));
        assertEquals(before, after, "nothing changed");
    }

    @Test
    void theWeeklyDigestGoesOutOncePerOwnerAndWeek() {
        create("Late for the digest", "collaboration", List.of(MARCO_ID), today(-2));
        Instant later = Instant.now().plus(Duration.ofDays(400));
        String week = ActionRules.isoWeek(LocalDate.ofInstant(later, ZONE));
        digests.run(later);
        List<Map<String, Object>> rows = outbox("action-digest:" + week, "action-digest");
        assertEquals(
                1,
                rows.stream().filter(r -> r.get("recipient").equals(MARCO_ID)).count());
        assertTrue(((String) rows.stream()
                        .filter(r -> r.get("recipient").equals(MARCO_ID))
                        .findFirst()
                        .orElseThrow()
                        .get("payload"))
                .contains("Late for the digest"));
        assertEquals(0, digests.run(later.plus(Duration.ofMinutes(5))), "once a week");
        assertEquals(
                rows.size(), outbox("action-digest:" + week, "action-digest").size());
    }

    @Test
    void thePlanExportsAsCsvAndXlsxWithTheSameRowsAsTheApi() throws Exception {
        long guarded = create("=HYPERLINK(\"https://evil.example\")", "sales", List.of(MARCO_ID), today(-3));
        long plain = create("Train the sales team, in two rounds", "sales", List.of(MARCO_ID, IVAN_ID), today(20));
        Map<String, Object> edit = new HashMap<>(call(get(ANNA_ADMIN, "/api/v1/actions/" + plain)));
        edit.put("effort", "M");
        edit.put("costEstimate", 1250.5);
        edit.put("expectedLevel", 3);
        edit.put("description", "Line one\nline two; \"quoted\"");
        call(put(ANNA_ADMIN, "/api/v1/actions/" + plain, edit));

        List<Long> apiIds = items(call(get(ANNA_ADMIN, "/api/v1/actions?dimension=sales"))).stream()
                .map(ActionsApiTest::id)
                .toList();
        HttpResponse<byte[]> csv = http.toBlocking()
                .exchange(get(ANNA_ADMIN, "/api/v1/actions/export.csv?dimension=sales&lang=it"), byte[].class);
        assertEquals(
                "text/csv",
                csv.getContentType()
                        .map(m -> m.getType() + "/" + m.getSubtype())
                        .orElse(""));
        assertTrue(csv.header("Content-Disposition").contains("action-plan.csv"));
        List<CSVRecord> rows = XlsxAssert.csv(csv.body());
        assertEquals(ActionExports.HEADER, rows.get(0).getParser().getHeaderNames());
        assertEquals(
                apiIds,
                rows.stream().map(r -> Long.parseLong(r.get("action_id"))).toList(),
                "the API's rows");
        CSVRecord g = rows.stream()
                .filter(r -> r.get("action_id").equals(String.valueOf(guarded)))
                .findFirst()
                .orElseThrow();
        assertEquals("'=HYPERLINK(\"https://evil.example\")", g.get("title"), "formula neutralised");
        assertEquals("true", g.get("overdue"));
        assertEquals("PLANNED", g.get("status"));
        assertEquals(today(-3), g.get("due_date"));
        CSVRecord p = rows.stream()
                .filter(r -> r.get("action_id").equals(String.valueOf(plain)))
                .findFirst()
                .orElseThrow();
        assertEquals("Line one\nline two; \"quoted\"", p.get("description"), "quoting survives");
        assertEquals("1250.5", p.get("cost_estimate"));
        assertEquals("M", p.get("effort"));
        assertEquals("3", p.get("expected_level"));
        assertEquals(2, p.get("owners").split("; ").length, "both owners: " + p.get("owners"));
        assertEquals("false", p.get("overdue"));

        HttpResponse<byte[]> xlsx = http.toBlocking()
                .exchange(get(ANNA_ADMIN, "/api/v1/actions/export.xlsx?dimension=sales&lang=it"), byte[].class);
        assertTrue(XlsxAssert.sameAsCsv(xlsx.body(), csv.body()) >= 3, "ids, cost and level as number cells");

        // filters as in the API; an unknown status is a 400 naming it
        HttpResponse<byte[]> mine = http.toBlocking()
                .exchange(
                        get(ANNA_ADMIN, "/api/v1/actions/export.csv?owner=" + IVAN_ID + "&status=PLANNED"),
                        byte[].class);
        assertTrue(XlsxAssert.csv(mine.body()).stream()
                .allMatch(r -> r.get("status").equals("PLANNED")));
        assertTrue(XlsxAssert.csv(mine.body()).stream()
                .anyMatch(r -> r.get("action_id").equals(String.valueOf(plain))));
        assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(get(ANNA_ADMIN, "/api/v1/actions/export.csv?status=SOMEDAY"), byte[].class));

        // tenant admins only; another tenant's admin exports their own (empty of Acme's) plan
        assertProblem(
                403,
                () -> http.toBlocking().exchange(get(MARCO_MARKETING, "/api/v1/actions/export.csv"), byte[].class));
        assertProblem(
                403,
                () -> http.toBlocking().exchange(get(MARCO_MARKETING, "/api/v1/actions/export.xlsx"), byte[].class));
        HttpResponse<byte[]> globex =
                http.toBlocking().exchange(get(GINA_ADMIN, "/api/v1/actions/export.csv"), byte[].class);
        List<String> globexIds = XlsxAssert.csv(globex.body()).stream()
                .map(r -> r.get("action_id"))
                .toList();
        assertFalse(globexIds.contains(String.valueOf(guarded)) || globexIds.contains(String.valueOf(plain)));

        // audited in the exporter's tenant, with the format and filters
        List<String> exported = tx.executeRead(status -> {
            List<String> details = new ArrayList<>();
            try (PreparedStatement st = status.getConnection()
                    .prepareStatement("SELECT e.details FROM audit_event e JOIN tenant t ON t.id = e.tenant_id"
                            + " WHERE e.action = 'action-plan.exported' AND t.alias = 'acme' ORDER BY e.id")) {
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        details.add(rs.getString(1));
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return details;
        });
        assertTrue(exported.stream().anyMatch(d -> d.contains("\"xlsx\"") && d.contains("\"sales\"")), "" + exported);
        assertTrue(exported.stream().anyMatch(d -> d.contains("\"csv\"") && d.contains("PLANNED")), "" + exported);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyChangeOfAnActionQueuesAnActionChangedWebhookForItsTenantOnly() {
        long acmeHook = hookId(call(post(
                ANNA_ADMIN,
                "/api/v1/webhooks",
                Map.of("url", "http://127.0.0.1:9/acme", "events", List.of("action.changed")))));
        long globexHook = hookId(call(post(
                GINA_ADMIN,
                "/api/v1/webhooks",
                Map.of("url", "http://127.0.0.1:9/globex", "events", List.of("action.changed")))));
        try {
            long action = create("Hooked", "rnd", List.of(MARCO_ID), today(7));
            call(post(MARCO_MARKETING, "/api/v1/actions/" + action + "/updates", Map.of("status", "IN_PROGRESS")));
            http.toBlocking().exchange(delete(ANNA_ADMIN, "/api/v1/actions/" + action));
            List<String> changes = tx.executeRead(status -> {
                List<String> rows = new ArrayList<>();
                try (PreparedStatement st = status.getConnection()
                        .prepareStatement(
                                "SELECT event_type, payload FROM webhook_delivery WHERE endpoint_id = ? ORDER BY id")) {
                    st.setLong(1, acmeHook);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            assertEquals("action.changed", rs.getString(1));
                            String payload = rs.getString(2);
                            assertTrue(payload.contains("\"actionId\":" + action), payload);
                            rows.add(payload.replaceAll(".*\"change\":\"([a-z_]+)\".*", "$1"));
                        }
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return rows;
            });
            assertEquals(List.of("created", "status_changed", "deleted"), changes);
            assertEquals(
                    List.of(),
                    items(call(get(GINA_ADMIN, "/api/v1/webhooks/" + globexHook + "/deliveries"))),
                    "the other tenant's endpoint hears nothing");
        } finally {
            http.toBlocking().exchange(delete(ANNA_ADMIN, "/api/v1/webhooks/" + acmeHook));
            http.toBlocking().exchange(delete(GINA_ADMIN, "/api/v1/webhooks/" + globexHook));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNextResultShowsTheActionsDoneSinceThePreviousOneNextToTheScoreChange() {
        long early = create("Loop early", "marketing", List.of(MARCO_ID), today(3));
        call(post(ANNA_ADMIN, "/api/v1/actions/" + early + "/updates", Map.of("status", "DONE")));
        long middle = Assessments.closeWithAnswers(http, ANNA_ADMIN, MARCO_MARKETING, MARCO_ID, "Loop middle", 1);
        long late = create("Loop late", "marketing", List.of(MARCO_ID), today(3));
        call(post(ANNA_ADMIN, "/api/v1/actions/" + late + "/updates", Map.of("status", "DONE")));
        long open = create("Loop still open", "marketing", List.of(MARCO_ID), today(30));
        create("Loop overdue", "collaboration", List.of(MARCO_ID), today(-1));
        long otherDimension = create("Loop sales", "sales", List.of(MARCO_ID), today(3));
        call(post(ANNA_ADMIN, "/api/v1/actions/" + otherDimension + "/updates", Map.of("status", "DONE")));
        long last = Assessments.closeWithAnswers(http, ANNA_ADMIN, MARCO_MARKETING, MARCO_ID, "Loop last", 99);

        Map<String, Object> loop = call(get(ANNA_ADMIN, "/api/v1/actions/loop/" + last + "?lang=it"));
        assertEquals(middle, ((Number) loop.get("previousAssessmentId")).longValue(), "compared with the one before");
        Map<String, Map<String, Object>> dims = new HashMap<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) loop.get("dimensions")) {
            dims.put((String) d.get("dimension"), d);
        }
        Map<String, Object> marketing = dims.get("marketing");
        List<Long> done = ((List<Map<String, Object>>) marketing.get("done"))
                .stream().map(ActionsApiTest::id).toList();
        assertEquals(List.of(late), done, "only what was done between the two closes, of this dimension");
        assertEquals(1, ((Number) marketing.get("actionsDone")).intValue());
        assertEquals(
                List.of(otherDimension),
                ((List<Map<String, Object>>) dims.get("sales").get("done"))
                        .stream().map(ActionsApiTest::id).toList());
        assertTrue((Boolean) marketing.get("targetMet"), "top answers meet the default target");
        List<Long> suggested = ((List<Map<String, Object>>) marketing.get("suggestedForClosing"))
                .stream().map(ActionsApiTest::id).toList();
        assertTrue(
                suggested.contains(open) && !suggested.contains(late), "open ones suggested for closing: " + suggested);
        assertTrue(((Number) loop.get("actionsDone")).intValue() >= 2);

        // the change is the history's: the same number the trend shows
        Map<String, Object> history = call(get(ANNA_ADMIN, "/api/v1/history"));
        Map<String, Object> lastInHistory = ((List<Map<String, Object>>) history.get("results"))
                .stream()
                        .filter(r -> ((Number) r.get("assessmentId")).longValue() == last)
                        .findFirst()
                        .orElseThrow();
        Map<String, Object> marketingPoint = ((List<Map<String, Object>>) lastInHistory.get("dimensions"))
                .stream()
                        .filter(d -> d.get("key").equals("marketing"))
                        .findFirst()
                        .orElseThrow();
        assertNotNull(marketingPoint.get("change"));
        assertEquals(
                ((Number) marketingPoint.get("change")).doubleValue(),
                ((Number) marketing.get("change")).doubleValue(),
                1e-9);
        assertTrue(((Number) marketing.get("change")).doubleValue() > 0, "higher answers, higher score");

        Map<String, Object> middleLoop = call(get(ANNA_ADMIN, "/api/v1/actions/loop/" + middle));
        Map<String, Object> middleMarketing = ((List<Map<String, Object>>) middleLoop.get("dimensions"))
                .stream()
                        .filter(d -> d.get("dimension").equals("marketing"))
                        .findFirst()
                        .orElseThrow();
        List<Long> middleDone = ((List<Map<String, Object>>) middleMarketing.get("done"))
                .stream().map(ActionsApiTest::id).toList();
        assertTrue(middleDone.contains(early) && !middleDone.contains(late), "" + middleDone);

        List<Map<String, Object>> all = loops(ANNA_ADMIN);
        List<Long> order = all.stream()
                .map(l -> ((Number) l.get("assessmentId")).longValue())
                .toList();
        assertTrue(order.indexOf(middle) >= 0 && order.indexOf(middle) < order.indexOf(last), "oldest first");

        // admins of this company only; another company's admin sees nothing of it
        assertProblem(403, () -> call(get(MARCO_MARKETING, "/api/v1/actions/loop/" + last)));
        assertProblem(403, () -> call(get(MARCO_MARKETING, "/api/v1/actions/loop")));
        assertProblem(404, () -> call(get(GINA_ADMIN, "/api/v1/actions/loop/" + last)));
        List<Map<String, Object>> globex = loops(GINA_ADMIN);
        assertTrue(globex.stream().noneMatch(l -> ((Number) l.get("assessmentId")).longValue() == last));

        // the admin's PDF report has the plan section with the same loop; a respondent's report has no plan
        String adminPdf = pdfText(ANNA_ADMIN, last, "en");
        assertTrue(adminPdf.contains("Action plan") && adminPdf.contains("Since the previous assessment"), adminPdf);
        assertTrue(adminPdf.contains("Loop overdue"), "overdue ones first");
        assertTrue(adminPdf.contains("actions done,"), "the plan's progress");
        assertTrue(adminPdf.contains("1 action done, +"), "the marketing line");
        String italian = pdfText(ANNA_ADMIN, last, "it");
        assertTrue(italian.contains("Piano d'azione") && italian.contains("1 azione completata, +"), italian);
        String respondentPdf = pdfText(MARCO_MARKETING, last, "en");
        assertFalse(
                respondentPdf.contains("Loop still open") || respondentPdf.contains("Since the previous assessment"));
        long draft = id(call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Loop draft"))));
        assertEquals(
                "not-found", type(assertProblem(404, () -> call(get(ANNA_ADMIN, "/api/v1/actions/loop/" + draft)))));
    }

    String pdfText(String user, long assessmentId, String lang) {
        byte[] pdf = http.toBlocking()
                .exchange(get(user, "/api/v1/assessments/" + assessmentId + "/report.pdf?lang=" + lang), byte[].class)
                .body();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> loops(String user) {
        return (List<Map<String, Object>>)
                (List<?>) http.toBlocking().retrieve(get(user, "/api/v1/actions/loop"), Argument.listOf(Map.class));
    }

    @SuppressWarnings("unchecked")
    static long hookId(Map<String, Object> created) {
        return id((Map<String, Object>) created.get("webhook"));
    }

    List<Map<String, Object>> outbox(String subject, String topic) {
        return io.socialmaturity.testing.OutboxRows.of(tx, subject, topic);
    }

    List<String> audit(long actionId) {
        return tx.executeRead(status -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement s = status.getConnection()
                    .prepareStatement(
                            "SELECT action FROM audit_event WHERE entity_type = 'action' AND entity_id = ? AND action LIKE 'action.%' ORDER BY id")) {
                s.setString(1, String.valueOf(actionId));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }
}
