package io.socialmaturity.links;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.testing.ApiTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Respondents without an account, over HTTP with real tokens and the real database: the admin adds them, the link
 * mail is queued (template, recipient, a link whose token only the mail knows: the table holds its hash), the link
 * opens exactly one questionnaire with the same autosave and conflict rules, and every dead or misused link
 * reads and changes nothing.
 */
@MicronautTest(transactional = false)
class PersonalLinksApiTest extends ApiTest {

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    JsonMapper json;

    long open;
    long draft;
    String run = Long.toString(System.nanoTime(), 36);

    @BeforeAll
    void acmeHasAnOpenAndADraftAssessment() {
        open = create("Links open " + run);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + open + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + open + "/open", Map.of()));
        draft = create("Links draft " + run);
    }

    @Test
    void addingToAnOpenAssessmentQueuesTheLinkMailAndOnlyTheHashIsStored() throws Exception {
        String email = "ext-open-" + run + "@partner.example";
        Map<String, Object> added = add(open, email, "Paola Partner", "it", "it");
        assertEquals("ACTIVE", added.get("link"));
        assertEquals("QUEUED", ((Map<?, ?>) added.get("mail")).get("status"));
        long id = ((Number) added.get("id")).longValue();

        Map<String, Object> mail = newestMail(open, "external:" + id);
        assertEquals("assessment-personal-link", mail.get("topic"));
        Map<?, ?> payload = json.readValue((String) mail.get("payload"), Map.class);
        assertEquals(email, payload.get("to"));
        assertEquals("it", payload.get("locale"));
        assertEquals("assessment-personal-link", payload.get("template"));
        Map<?, ?> model = (Map<?, ?>) payload.get("model");
        assertEquals("Paola Partner", model.get("name"));
        assertEquals("Links open " + run, model.get("assessment"));
        String token = token((String) model.get("link"));

        Map<String, Object> row = externalRow(id);
        assertEquals(LinkTokens.hash(token), row.get("token_hash"), "the hash of the mailed token is stored");
        assertFalse(row.toString().contains(token), "the token itself is stored nowhere in the row");
        Map<String, Object> q = call(HttpRequest.GET("/api/v1/respond/" + token + "/questionnaire?lang=it"));
        assertEquals(open, ((Number) q.get("assessmentId")).longValue());
        assertEquals("it", q.get("businessFunction"));
    }

    @Test
    void withoutALastDayTheLinkExpiresWhenTheAssessmentIsDue() throws Exception {
        LocalDate due = LocalDate.now().plusDays(10);
        long id = create("Links due " + run);
        call(put(ANNA_ADMIN, "/api/v1/assessments/" + id + "/schedule", Map.of("dueDate", due.toString())));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        Map<String, Object> added = add(id, "ext-due-" + run + "@partner.example", "Dario Due", "marketing", "en");
        long ext = idOf(added);
        java.time.Instant dueAt =
                due.plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Rome")).toInstant();
        assertEquals(
                dueAt,
                java.time.Instant.parse((String) added.get("linkExpiresAt")),
                "the end of the due day in the campaigns' zone, not the 30-day lifetime");
        Map<?, ?> model = (Map<?, ?>) json.readValue(
                        (String) newestMail(id, "external:" + ext).get("payload"), Map.class)
                .get("model");
        assertTrue(
                String.valueOf(model.get("expires")).contains(String.valueOf(due.getDayOfMonth())), model.toString());
    }

    @Test
    void inAnAnonymousAssessmentTheListDoesNotSayHowFarOnePersonGot() {
        long id = ((Number) call(post(
                                ANNA_ADMIN,
                                "/api/v1/assessments",
                                Map.of("title", "Links anon " + run, "anonymous", true)))
                        .get("id"))
                .longValue();
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        long ext = idOf(add(id, "ext-anon-" + run + "@partner.example", "Anna Nonima", "it", "it"));

        Map<String, Object> listed = find(id, ext);
        assertTrue(listed.containsKey("questions"));
        assertEquals(null, listed.get("answered"), "no per-person progress in an anonymous assessment");
    }

    @Test
    void aDraftSendsItsLinksWhenItOpens() throws Exception {
        long d = create("Links later " + run);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + d + "/respondents", Map.of("userId", IVAN_ID)));
        Map<String, Object> added = add(d, "ext-draft-" + run + "@partner.example", "Dario Draft", "marketing", "en");
        long id = ((Number) added.get("id")).longValue();
        assertEquals("PENDING", added.get("link"));
        assertNull(added.get("mail"));
        assertNull(newestMail(d, "external:" + id), "nothing is mailed for a draft");

        call(post(ANNA_ADMIN, "/api/v1/assessments/" + d + "/open", Map.of()));
        Map<String, Object> mail = newestMail(d, "external:" + id);
        assertNotNull(mail, "opening queued the link mail");
        String token = token(linkOf(mail));
        assertEquals(
                d,
                ((Number) call(HttpRequest.GET("/api/v1/respond/" + token + "/questionnaire"))
                                .get("assessmentId"))
                        .longValue());
        assertEquals("ACTIVE", find(d, id).get("link"));
    }

    @Test
    void theLinkAutosavesWithTheSameConflictRulesAndCountsInTheResultsAsItsFunction() throws Exception {
        long id = idOf(add(open, "ext-save-" + run + "@partner.example", "Ines Itpartner", "it", "en"));
        String token = token(linkOf(newestMail(open, "external:" + id)));
        Map<String, Object> first = firstQuestion(token);
        String key = (String) first.get("key");
        List<Map<String, Object>> options = options(first);
        String base = "/api/v1/respond/" + token;

        Map<String, Object> saved = call(HttpRequest.PUT(
                base + "/answers/" + key, Map.of("optionKey", options.get(1).get("key"), "baseRevision", 0)));
        assertEquals(1, ((Number) saved.get("revision")).intValue());
        // a second tab still on revision 0 changes its mind: 409 with the current answer, nothing overwritten
        HttpClientResponseException stale = assertProblem(
                409,
                () -> http.toBlocking()
                        .exchange(HttpRequest.PUT(
                                base + "/answers/" + key,
                                Map.of("optionKey", options.get(0).get("key"), "baseRevision", 0))));
        assertEquals("stale-answer", type(stale));
        assertEquals(
                options.get(1).get("key"),
                ((Map<?, ?>) ((Map<?, ?>) body(stale).get("extra")).get("current")).get("optionKey"));
        assertEquals(1, answerRows("external:" + id));

        Map<String, Object> submitted = call(HttpRequest.POST(base + "/submit", Map.of()));
        assertEquals(1, ((Number) submitted.get("answered")).intValue());

        Map<String, Object> listed = find(open, id);
        assertEquals(1, ((Number) listed.get("answered")).intValue());
        assertNotNull(listed.get("submittedAt"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> respondents = (List<Map<String, Object>>)
                ((Map<String, Object>) call(get(ANNA_ADMIN, "/api/v1/assessments/" + open + "/results"))
                                .get("result"))
                        .get("respondents");
        Map<String, Object> mine = respondents.stream()
                .filter(r -> ("external:" + id).equals(r.get("respondentId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the link respondent is in the results: " + respondents));
        assertEquals("it", String.valueOf(mine.get("function")).toLowerCase());
        assertEquals(1, ((Number) mine.get("answered")).intValue());
    }

    @Test
    void guessedExpiredRevokedAndReplacedLinksReadAndChangeNothing() throws Exception {
        long id = idOf(add(open, "ext-dead-" + run + "@partner.example", "Rita Revoked", "marketing", "en"));
        String first = token(linkOf(newestMail(open, "external:" + id)));
        String key = (String) firstQuestion(first).get("key");
        String option = (String) options(firstQuestion(first)).get(0).get("key");
        call(HttpRequest.PUT(
                "/api/v1/respond/" + first + "/answers/" + key, Map.of("optionKey", option, "baseRevision", 0)));

        // re-send: a new link, the old one is dead
        call(post(ANNA_ADMIN, externals(open) + "/" + id + "/resend", Map.of()));
        String second = token(linkOf(newestMail(open, "external:" + id)));
        assertNotEquals(first, second);
        assertDead(first, key, option, id);
        assertEquals(
                open,
                ((Number) call(HttpRequest.GET("/api/v1/respond/" + second + "/questionnaire"))
                                .get("assessmentId"))
                        .longValue());

        // guessed and malformed
        assertDead(LinkTokens.newToken(), key, option, id);
        assertDead("not-a-token", key, option, id);

        // expired
        sql("UPDATE external_respondent SET link_expires_at = '2020-01-01 00:00:00' WHERE id = " + id);
        assertDead(second, key, option, id);
        assertEquals("EXPIRED", find(open, id).get("link"));

        // revoked (after a fresh link)
        call(post(ANNA_ADMIN, externals(open) + "/" + id + "/resend", Map.of()));
        String third = token(linkOf(newestMail(open, "external:" + id)));
        call(HttpRequest.GET("/api/v1/respond/" + third + "/questionnaire"));
        Map<String, Object> revoked = call(post(ANNA_ADMIN, externals(open) + "/" + id + "/revoke", Map.of()));
        assertEquals("REVOKED", revoked.get("link"));
        assertDead(third, key, option, id);
    }

    @Test
    void theLinkNeverReachesAnotherAssessmentOrTenant() throws Exception {
        long id = idOf(add(open, "ext-scope-" + run + "@partner.example", "Sara Scope", "sales", "en"));
        String token = token(linkOf(newestMail(open, "external:" + id)));
        long globex = ((Number) call(post(GINA_ADMIN, "/api/v1/assessments", Map.of("title", "Globex " + run)))
                        .get("id"))
                .longValue();
        String before = snapshot(id);
        // ids or tenants in the request are not read: the link's row decides
        Map<String, Object> q = call(
                HttpRequest.GET("/api/v1/respond/" + token + "/questionnaire?assessmentId=" + globex + "&tenant=globex")
                        .header("X-Tenant", "globex"));
        assertEquals(open, ((Number) q.get("assessmentId")).longValue());
        // the token is no sign-in: the signed-in endpoints of this or another assessment refuse it
        for (long other : List.of(open, draft, globex)) {
            for (MutableHttpRequest<?> r : List.of(
                    HttpRequest.GET("/api/v1/assessments/" + other + "/questionnaire"),
                    HttpRequest.PUT(
                            "/api/v1/assessments/" + other + "/answers/x", Map.of("optionKey", "a", "baseRevision", 0)),
                    HttpRequest.POST("/api/v1/assessments/" + other + "/submit", Map.of()),
                    HttpRequest.GET("/api/v1/assessments/" + other + "/results"))) {
                assertProblem(401, () -> http.toBlocking().exchange(r.bearerAuth(token)));
            }
        }
        // a path that names another assessment after the token does not exist (no route: refused like any unknown call)
        int status = assertThrows(
                        HttpClientResponseException.class,
                        () -> http.toBlocking()
                                .exchange(
                                        HttpRequest.GET("/api/v1/respond/" + token + "/" + globex + "/questionnaire")))
                .getStatus()
                .getCode();
        assertTrue(status == 404 || status == 401, "gave " + status);
        assertEquals(before, snapshot(id), "nothing changed");
    }

    @Test
    void anotherTenantsAdminSeesAndChangesNothingOnEveryAdminEndpoint() throws Exception {
        long id = idOf(add(open, "ext-iso-" + run + "@partner.example", "Ivo Isolated", "hr", "en"));
        String before = snapshot(id);
        String mailsBefore = String.valueOf(newestMail(open, "external:" + id));
        String base = externals(open);
        for (MutableHttpRequest<?> r : List.of(
                get(GINA_ADMIN, base),
                post(GINA_ADMIN, base, addBody("iso2-" + run + "@partner.example", "X", "it", "en")),
                post(GINA_ADMIN, base + "/" + id + "/revoke", Map.of()),
                post(GINA_ADMIN, base + "/" + id + "/resend", Map.of()))) {
            assertProblem(404, () -> http.toBlocking().exchange(r));
        }
        // and a respondent of the same tenant may not manage them
        assertProblem(403, () -> http.toBlocking().exchange(get(MARCO_MARKETING, base)));
        assertProblem(401, () -> http.toBlocking().exchange(HttpRequest.GET(base)));
        assertEquals(before, snapshot(id));
        assertEquals(mailsBefore, String.valueOf(newestMail(open, "external:" + id)));
        assertEquals(
                0, count("SELECT COUNT(*) FROM external_respondent WHERE email = 'iso2-" + run + "@partner.example'"));
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        String base = externals(open);
        var invalid = assertProblem(
                400,
                () -> http.toBlocking().exchange(post(ANNA_ADMIN, base, addBody("not-an-email", "N", "it", "en"))));
        assertTrue(fields(invalid).contains("email"), fields(invalid).toString());
        var language = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(post(ANNA_ADMIN, base, addBody("l-" + run + "@partner.example", "N", "it", "fr"))));
        assertTrue(fields(language).contains("language"), fields(language).toString());
        var function = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(post(ANNA_ADMIN, base, addBody("f-" + run + "@partner.example", "N", "cto", "en"))));
        assertTrue(
                fields(function).contains("businessFunction"), fields(function).toString());
        Map<String, Object> past = addBody("p-" + run + "@partner.example", "N", "it", "en");
        past.put("expiresOn", LocalDate.now().minusDays(2).toString());
        var expiry = assertProblem(400, () -> http.toBlocking().exchange(post(ANNA_ADMIN, base, past)));
        assertTrue(fields(expiry).contains("expiresOn"), fields(expiry).toString());

        var user = assertProblem(
                409,
                () -> http.toBlocking().exchange(post(ANNA_ADMIN, base, addBody(MARCO_MARKETING, "M", "it", "en"))));
        assertEquals("email-is-user", type(user));
        assertTrue(fields(user).contains("email"));
        var elsewhere = assertProblem(
                409,
                () -> http.toBlocking().exchange(post(ANNA_ADMIN, base, addBody(GIORGIO_GLOBEX, "G", "it", "en"))));
        assertEquals("email-has-account", type(elsewhere));
        assertTrue(fields(elsewhere).contains("email"));

        String email = "dup-" + run + "@partner.example";
        add(open, email, "Dup", "it", "en");
        var duplicate = assertProblem(
                409,
                () -> http.toBlocking()
                        .exchange(post(ANNA_ADMIN, base, addBody(email.toUpperCase(), "Dup", "it", "en"))));
        assertEquals("external-respondent-exists", type(duplicate));
        assertTrue(fields(duplicate).contains("email"));
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM external_respondent WHERE email LIKE '%-" + run + "@partner.example'"
                        + " AND (email LIKE 'l-%' OR email LIKE 'f-%' OR email LIKE 'p-%')"));
    }

    @Test
    void aMissingRespondentOrAClosedAssessmentIsAProblem() {
        assertProblem(
                404,
                () -> http.toBlocking().exchange(post(ANNA_ADMIN, externals(open) + "/999999999/revoke", Map.of())));
        assertProblem(404, () -> http.toBlocking().exchange(get(ANNA_ADMIN, externals(999999999L))));
        long id = idOf(add(draft, "ext-draft2-" + run + "@partner.example", "Dora", "it", "en"));
        var notOpen = assertProblem(
                409,
                () -> http.toBlocking().exchange(post(ANNA_ADMIN, externals(draft) + "/" + id + "/resend", Map.of())));
        assertEquals("link-not-sendable", type(notOpen));
    }

    // --- helpers

    private long create(String title) {
        return ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", title)))
                        .get("id"))
                .longValue();
    }

    private static String externals(long assessment) {
        return "/api/v1/assessments/" + assessment + "/external-respondents";
    }

    private static Map<String, Object> addBody(String email, String name, String function, String language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("name", name);
        body.put("businessFunction", function);
        body.put("language", language);
        return body;
    }

    private Map<String, Object> add(long assessment, String email, String name, String function, String language) {
        return call(post(ANNA_ADMIN, externals(assessment), addBody(email, name, function, language)));
    }

    private static long idOf(Map<String, Object> view) {
        return ((Number) view.get("id")).longValue();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, Object> find(long assessment, long id) {
        List<Map> all = http.toBlocking().retrieve(get(ANNA_ADMIN, externals(assessment)), Argument.listOf(Map.class));
        return all.stream()
                .map(r -> (Map<String, Object>) r)
                .filter(r -> ((Number) r.get("id")).longValue() == id)
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> firstQuestion(String token) {
        Map<String, Object> q = call(HttpRequest.GET("/api/v1/respond/" + token + "/questionnaire"));
        return ((List<Map<String, Object>>)
                        ((List<Map<String, Object>>) q.get("dimensions")).get(0).get("questions"))
                .get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> options(Map<String, Object> question) {
        return (List<Map<String, Object>>) question.get("options");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(HttpClientResponseException e) {
        Object violations = body(e).get("violations");
        List<String> names = new ArrayList<>();
        if (violations instanceof List<?> list) {
            list.forEach(v -> names.add(String.valueOf(((Map<String, Object>) v).get("field"))));
        }
        return names;
    }

    /** Every use of a dead link is the same 404 and leaves the respondent's answers and submission as they were. */
    private void assertDead(String token, String key, String option, long id) throws Exception {
        String before = snapshot(id);
        String base = "/api/v1/respond/" + token;
        for (MutableHttpRequest<?> r : List.of(
                HttpRequest.GET(base + "/questionnaire"),
                HttpRequest.PUT(base + "/answers/" + key, Map.of("optionKey", option, "baseRevision", 1)),
                HttpRequest.PUT(base + "/answers/" + key, Map.of("optionKey", option, "baseRevision", 0)),
                HttpRequest.POST(base + "/submit", Map.of()))) {
            HttpClientResponseException e =
                    assertProblem(404, () -> http.toBlocking().exchange(r));
            assertEquals("link-unavailable", type(e), r.getPath());
            assertFalse(
                    e.getResponse().getBody(String.class).orElse("").contains("Links open"),
                    "nothing of the assessment is in the answer");
        }
        assertEquals(before, snapshot(id), "nothing changed");
    }

    private String linkOf(Map<String, Object> mail) throws Exception {
        assertNotNull(mail, "a link mail was queued");
        Map<?, ?> payload = json.readValue((String) mail.get("payload"), Map.class);
        return (String) ((Map<?, ?>) payload.get("model")).get("link");
    }

    private static String token(String link) {
        assertTrue(link.startsWith("http://localhost:8080/respond/"), link);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertTrue(LinkTokens.wellFormed(token), token);
        return token;
    }

    /** The newest queued mail of this recipient of the assessment, or null. */
    private Map<String, Object> newestMail(long assessment, String recipient) throws SQLException {
        List<Map<String, Object>> rows = rows("SELECT id, topic, recipient_ref, status, payload FROM outbox_message"
                + " WHERE subject = 'assessment:" + assessment + "' AND recipient_ref = '" + recipient
                + "' ORDER BY id DESC LIMIT 1");
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Map<String, Object> externalRow(long id) throws SQLException {
        return rows("SELECT * FROM external_respondent WHERE id = " + id).get(0);
    }

    /** The respondent's rows that a dead link must not change: answers, respondent, link. */
    private String snapshot(long id) throws SQLException {
        String ref = "external:" + id;
        return rows("SELECT question_key, option_key, revision FROM answer WHERE user_id = '" + ref
                        + "' ORDER BY question_key")
                + " " + rows("SELECT submitted_at, business_function FROM respondent WHERE user_id = '" + ref + "'")
                + " " + externalRow(id)
                + " " + count("SELECT COUNT(*) FROM outbox_message WHERE recipient_ref = '" + ref + "'");
    }

    private long answerRows(String ref) throws SQLException {
        return count("SELECT COUNT(*) FROM answer WHERE user_id = '" + ref + "'");
    }

    interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T jdbc(Sql<T> work) {
        return tx.executeWrite(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long count(String sql) {
        return jdbc(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void sql(String sql) {
        jdbc(c -> c.createStatement().executeUpdate(sql));
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc(c -> readRows(c, sql));
    }

    private static List<Map<String, Object>> readRows(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i) == null ? null : rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
