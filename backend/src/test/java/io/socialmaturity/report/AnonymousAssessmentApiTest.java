package io.socialmaturity.report;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.KeycloakFixtures;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 6: an anonymous assessment. One company (its own Keycloak organization) asks 3 marketing
 * respondents and 1 IT respondent the same questions twice: once anonymous, once not. For the anonymous one no output
 * an admin or a consultant with an active engagement reads — results API, answers CSV with and without the names
 * opt-in, results CSV, PDF text, audit trail, manage view — ties a name or an id to an answer or a comment, and the
 * single IT respondent's figures (and, by complementary suppression, marketing's beside them) are "too few to
 * show" for everyone; the non-anonymous twin still shows the admin what it showed before. The choice is fixed once
 * the assessment opens (409); another tenant cannot change it (404).
 */
@MicronautTest(transactional = false)
class AnonymousAssessmentApiTest extends ApiTest {

    static final String ALIAS = "anonco";
    static final String ADMIN = "anon.admin@anonco.example";
    static final String IT = "anon.it@anonco.example";
    static final List<String> MARKETING =
            List.of("anon.mkt1@anonco.example", "anon.mkt2@anonco.example", "anon.mkt3@anonco.example");
    static final String IT_COMMENT = "Only-IT-person-comment";

    @Inject
    TenantService tenants;

    /** PDFs on a busy machine can take longer than the client's default 10 s. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("micronaut.http.client.read-timeout", "60s");
        return p;
    }

    final Map<String, String> ids = new HashMap<>(); // email → Keycloak id
    long anonymous;
    long named;
    long client; // the engagement of anonco with bright (Carla)

    @BeforeAll
    void aCompanyWithOneItAndThreeMarketingRespondents() {
        String org = KeycloakFixtures.ensureOrganization(ALIAS, "Anon Co (test fixture)");
        tenants.ensure(ALIAS, "Anon Co (test fixture)", TenantKind.COMPANY, "retail", "10-49", "IT");
        String admin = KeycloakFixtures.ensureMember(org, ADMIN, "executive");
        KeycloakFixtures.ensureRealmRole(admin, "tenant-admin");
        ids.put(IT, KeycloakFixtures.ensureMember(org, IT, "it"));
        for (String m : MARKETING) {
            ids.put(m, KeycloakFixtures.ensureMember(org, m, "marketing"));
        }
        named = assessment("Named survey", false);
        anonymous = assessment("Anonymous survey", true);
        // Carla's consultancy gets an active engagement (a clean start when the database keeps an earlier run's)
        for (Map<String, Object> e : list(get(ADMIN, "/api/v1/engagements"))) {
            if (List.of("PENDING", "ACTIVE").contains(e.get("status"))) {
                call(delete(ADMIN, "/api/v1/engagements/" + e.get("id")));
            }
        }
        client = ReportApiTest.id(call(post(ADMIN, "/api/v1/engagements", Map.of("consultancy", "bright"))));
        call(post(CARLA_CONSULTANT, "/api/v1/engagements/" + client + "/accept", Map.of()));
    }

    private long assessment(String title, boolean anon) {
        Map<String, Object> created =
                call(post(ADMIN, "/api/v1/assessments", Map.of("title", title, "anonymous", anon)));
        assertEquals(anon, created.get("anonymous"));
        long id = ReportApiTest.id(created);
        call(post(ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", ids.get(IT))));
        for (String m : MARKETING) {
            call(post(ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", ids.get(m))));
        }
        call(post(ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        answerAll(IT, id, 0, IT_COMMENT);
        for (int i = 0; i < MARKETING.size(); i++) {
            answerAll(MARKETING.get(i), id, 2 + i % 2, "marketing view " + i);
        }
        call(post(IT, "/api/v1/assessments/" + id + "/submit", Map.of()));
        call(post(ADMIN, "/api/v1/assessments/" + id + "/close", Map.of()));
        return id;
    }

    // ------------------------------------------------------------------ the choice

    @Test
    void respondentsAreToldBeforeTheyAnswer() {
        Map<String, Object> list = call(get(IT, "/api/v1/assessments"));
        Map<String, Object> item = list(list.get("items")).stream()
                .filter(a -> ((Number) a.get("id")).longValue() == anonymous)
                .findFirst()
                .orElseThrow();
        assertEquals(true, item.get("anonymous"));
        assertEquals(
                true,
                call(get(IT, "/api/v1/assessments/" + anonymous + "/questionnaire"))
                        .get("anonymous"));
        assertEquals(
                false,
                call(get(IT, "/api/v1/assessments/" + named + "/questionnaire")).get("anonymous"));
    }

    @Test
    void anonymityIsFixedOnceOpenAndOnlyTheTenantChangesADraft() {
        long draft = ReportApiTest.id(call(post(ADMIN, "/api/v1/assessments", Map.of("title", "Draft to decide"))));
        assertEquals(false, call(get(ADMIN, "/api/v1/assessments/" + draft)).get("anonymous"), "default: not");
        assertEquals(
                true,
                call(put(ADMIN, "/api/v1/assessments/" + draft + "/anonymity", Map.of("anonymous", true)))
                        .get("anonymous"));
        // another tenant's admin: not found, nothing changed
        assertEquals(
                404,
                status(put(GINA_ADMIN, "/api/v1/assessments/" + draft + "/anonymity", Map.of("anonymous", false))));
        assertEquals(true, call(get(ADMIN, "/api/v1/assessments/" + draft)).get("anonymous"));
        // a respondent may not
        assertEquals(403, status(put(IT, "/api/v1/assessments/" + draft + "/anonymity", Map.of("anonymous", false))));
        // missing value: 400 naming the field
        HttpClientResponseException bad = assertThrows(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(put(ADMIN, "/api/v1/assessments/" + draft + "/anonymity", Map.of())));
        assertEquals(400, bad.getStatus().getCode());
        assertTrue(bad.getResponse().getBody(String.class).orElse("").contains("anonymous"));
        for (long open : List.of(anonymous, named)) {
            HttpClientResponseException e = assertThrows(
                    HttpClientResponseException.class,
                    () -> http.toBlocking()
                            .exchange(put(
                                    ADMIN,
                                    "/api/v1/assessments/" + open + "/anonymity",
                                    Map.of("anonymous", open != anonymous))));
            assertEquals(409, e.getStatus().getCode());
            assertEquals(
                    "application/problem+json",
                    e.getResponse().getContentType().orElseThrow().toString());
            assertTrue(body(e).get("type").toString().endsWith("wrong-status"), body(e).toString());
        }
        assertEquals(true, call(get(ADMIN, "/api/v1/assessments/" + anonymous)).get("anonymous"));
        assertEquals(false, call(get(ADMIN, "/api/v1/assessments/" + named)).get("anonymous"));
    }

    // ------------------------------------------------------------------ the results API and the manage view

    @Test
    void theResultsApiHidesTheSingleItRespondentFromTheAdmin() {
        for (String lang : List.of("en", "it")) {
            Map<String, Object> body = call(get(ADMIN, "/api/v1/assessments/" + anonymous + "/results?lang=" + lang));
            assertEquals(true, body.get("anonymous"));
            Map<String, Object> result = map(body.get("result"));
            for (Map<String, Object> d : list(result.get("dimensions"))) {
                assertFalse(
                        map(d.get("byFunction")).containsKey("it"), d.get("key").toString());
            }
            for (Map<String, Object> q : list(result.get("questions"))) {
                assertFalse(
                        map(q.get("byFunction")).containsKey("it"), q.get("key").toString());
            }
            assertNull(map(result.get("perceptionGap")).get("alignmentIndex"));
            assertEquals(0, list(result.get("respondents")).size(), "no per-person rows");
            Map<String, Object> display = map(body.get("display"));
            assertEquals(3, display.get("privacyMinimum"));
            assertEquals(false, display.get("single"));
            for (Map<String, Object> line : list(map(display.get("gap")).get("dimensions"))) {
                assertEquals(
                        lang.equals("en") ? "hidden: fewer than 3 respondents" : "nascosto: meno di 3 rispondenti",
                        line.get("it"));
            }
            assertNoIdentity(body.toString());
        }
    }

    @Test
    void theManageViewKeepsWhoSubmittedButNotHowFarEachGot() {
        Map<String, Object> detail = call(get(ADMIN, "/api/v1/assessments/" + anonymous));
        List<Map<String, Object>> respondents = list(detail.get("respondents"));
        assertEquals(4, respondents.size());
        for (Map<String, Object> r : respondents) {
            assertNull(r.get("answered"), r.toString());
        }
        assertEquals(
                1,
                respondents.stream().filter(r -> r.get("submittedAt") != null).count(),
                "who submitted stays");
        assertTrue(((Number) map(detail.get("progress")).get("answers")).longValue() > 0, "the total stays");
        for (Map<String, Object> r :
                list(call(get(ADMIN, "/api/v1/assessments/" + named)).get("respondents"))) {
            assertTrue(((Number) r.get("answered")).longValue() > 0, "named: as before");
        }
    }

    @Test
    void theNamedTwinStillShowsTheAdminWhatItShowedBefore() throws IOException {
        Map<String, Object> body = call(get(ADMIN, "/api/v1/assessments/" + named + "/results?lang=en"));
        assertEquals(false, body.get("anonymous"));
        Map<String, Object> result = map(body.get("result"));
        for (Map<String, Object> d : list(result.get("dimensions"))) {
            assertTrue(map(d.get("byFunction")).containsKey("it"), d.get("key").toString());
        }
        assertEquals(4, list(result.get("respondents")).size());
        assertEquals(1, map(body.get("display")).get("privacyMinimum"));
        assertEquals(true, map(body.get("display")).get("single"), "IT marked as one respondent");
        List<CSVRecord> rows = ReportApiTest.parse(download(named, "/answers.csv?respondentNames=true"));
        assertTrue(rows.stream().anyMatch(r -> r.get("respondent_email").equals(IT)));
        assertTrue(rows.stream()
                .anyMatch(r -> r.get("business_function").equals("it")
                        && r.get("comment").equals(IT_COMMENT)));
        assertTrue(rows.stream().allMatch(r -> r.get("respondent").matches("R\\d+")));
        for (CSVRecord row : ReportApiTest.parse(download(named, "/results.csv"))) {
            assertFalse(row.get("it_score").isEmpty());
            assertEquals("true", row.get("it_single_respondent"));
        }
        assertFalse(pdf(ADMIN, named).contains("hidden: fewer than"));
        assertTrue(audit().stream()
                .anyMatch(e -> e.get("action").equals("answer.saved")
                        && e.get("entityId").equals(String.valueOf(named))
                        && ids.get(IT).equals(e.get("actorId"))));
    }

    // ------------------------------------------------------------------ exports

    @Test
    void theAnswersCsvHasNoNamesEvenWhenAskedAndTiesNoRowToAPerson() throws IOException {
        for (String export : List.of("/answers.csv", "/answers.csv?respondentNames=true")) {
            byte[] csv = download(anonymous, export);
            assertNoIdentity(new String(csv, java.nio.charset.StandardCharsets.UTF_8));
            List<CSVRecord> rows = ReportApiTest.parse(csv);
            List<String> header = rows.get(0).getParser().getHeaderNames();
            assertFalse(header.contains("respondent_name"), export);
            assertFalse(header.contains("respondent_email"), export);
            for (CSVRecord row : rows) {
                assertEquals("", row.get("respondent"), "no pseudonym: rows cannot be linked");
                assertEquals("", row.get("answered_at"), "no time: it would match the audit trail");
                assertNotEquals("it", row.get("business_function"), "one IT respondent: too few to show");
                assertNotEquals("unanswered", row.get("answer"));
            }
            // the comment is there, tied to nobody and no function
            CSVRecord it = rows.stream()
                    .filter(r -> r.get("comment").equals(IT_COMMENT))
                    .findFirst()
                    .orElseThrow();
            assertEquals("", it.get("business_function"));
            // beside a single IT answer, marketing's 3 answers would give it away: hidden too
            String question = it.get("question_key");
            assertTrue(rows.stream()
                    .filter(r -> r.get("question_key").equals(question))
                    .allMatch(r -> r.get("business_function").isEmpty()));
        }
        // the export's audit row says no names were given
        assertTrue(audit().stream()
                .filter(e -> e.get("action").equals("assessment.exported")
                        && e.get("entityId").equals(String.valueOf(anonymous)))
                .noneMatch(e -> e.get("details").toString().contains("respondentNames=true")));
    }

    @Test
    void theAnswersXlsxIsTheAnonymousCsvTiedToNobody() throws IOException {
        for (String export : List.of("/answers", "/answers?respondentNames=true")) {
            String query = export.contains("?") ? export.substring(export.indexOf('?')) : "";
            byte[] xlsx = download(anonymous, "/answers.xlsx" + query);
            XlsxAssert.sameAsCsv(xlsx, download(anonymous, "/answers.csv" + query));
            var header = XlsxAssert.sheet(xlsx).getRow(0);
            for (int c = 0; c < header.getLastCellNum(); c++) {
                assertFalse(header.getCell(c).getStringCellValue().startsWith("respondent_"), export);
            }
        }
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/assessments/" + anonymous + "/answers.xlsx")));
    }

    @Test
    void theResultsCsvHidesTheItColumnsFromTheAdmin() throws IOException {
        byte[] csv = download(anonymous, "/results.csv");
        assertNoIdentity(new String(csv, java.nio.charset.StandardCharsets.UTF_8));
        for (CSVRecord row : ReportApiTest.parse(csv)) {
            assertEquals("", row.get("it_score"), row.get("dimension_key"));
            assertEquals("", row.get("marketing_minus_it"));
            assertEquals("", row.get("alignment_index"));
            assertEquals("", row.get("it_respondents"));
            assertEquals("false", row.get("it_single_respondent"));
        }
    }

    @Test
    void thePdfSaysAnonymousAndShowsNoSingleRespondent() throws IOException {
        String en = pdf(ADMIN, anonymous);
        assertTrue(en.contains("Anonymous"), "the cover says so");
        assertTrue(en.contains("hidden: fewer than 3 respondents"));
        assertFalse(en.contains("one respondent"));
        assertNoIdentity(en);
        String it = pdf(ADMIN, anonymous, "it");
        assertTrue(it.contains("Anonima"));
        assertTrue(it.contains("nascosto: meno di 3 rispondenti"));
        assertNoIdentity(it);
    }

    // ------------------------------------------------------------------ the audit trail

    @Test
    void theAuditTrailHasNoAnswerOfAnAnonymousAssessment() {
        List<Map<String, Object>> events = audit().stream()
                .filter(e -> e.get("entityId").equals(String.valueOf(anonymous)))
                .toList();
        assertTrue(events.stream().anyMatch(e -> e.get("action").equals("assessment.closed")));
        assertTrue(
                events.stream().noneMatch(e -> e.get("action").equals("answer.saved")),
                "who saved when, beside live results, would tie an answer to a person");
        for (Map<String, Object> e : events) {
            assertFalse(String.valueOf(e.get("details")).contains("answer="), e.toString());
            assertFalse(String.valueOf(e.get("details")).contains("question="), e.toString());
        }
        // who submitted stays (campaigns need it), with counts only
        assertTrue(events.stream()
                .anyMatch(e -> e.get("action").equals("respondent.submitted")
                        && ids.get(IT).equals(e.get("actorId"))));
    }

    // ------------------------------------------------------------------ a consultant with access

    @Test
    void aConsultantWithAnActiveEngagementSeesNoPersonAndNoBreakdown() throws IOException {
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/assessments/" + anonymous + "/results")));
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/assessments/" + anonymous + "/answers.csv")));
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/assessments/" + anonymous + "/report.pdf")));
        String compare = call(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare?clients=" + client))
                .toString();
        assertTrue(compare.contains(ALIAS), "the client is compared");
        assertNoIdentity(compare);
        assertFalse(compare.contains("byFunction"));
        String trend = call(get(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + client + "/trend"))
                .toString();
        assertTrue(trend.contains("Anonymous survey"));
        assertNoIdentity(trend);
        byte[] csv = http.toBlocking()
                .exchange(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare.csv?clients=" + client), byte[].class)
                .body();
        String csvText = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertNoIdentity(csvText);
        assertFalse(csvText.contains("it_score"));
        byte[] body = http.toBlocking()
                .exchange(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare.pdf?clients=" + client), byte[].class)
                .body();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            assertNoIdentity(String.join(" ", ReportApiTest.pages(pdf)));
        }
    }

    // ------------------------------------------------------------------ helpers

    /** No respondent's id, email, login or name appears. */
    private void assertNoIdentity(String text) {
        for (String email : ids.keySet()) {
            assertFalse(text.contains(email), email);
            assertFalse(text.contains(ids.get(email)), ids.get(email));
            String local = email.substring(0, email.indexOf('@'));
            assertFalse(text.contains(local), local); // the fixture's last name
        }
    }

    private byte[] download(long id, String export) {
        return http.toBlocking()
                .exchange(get(ADMIN, "/api/v1/assessments/" + id + export), byte[].class)
                .body();
    }

    private String pdf(String user, long id) throws IOException {
        return pdf(user, id, "en");
    }

    private String pdf(String user, long id, String lang) throws IOException {
        byte[] body = http.toBlocking()
                .exchange(get(user, "/api/v1/assessments/" + id + "/report.pdf?lang=" + lang), byte[].class)
                .body();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            if (id == anonymous) {
                ReportApiTest.render(pdf, "anonymous-" + lang);
            }
            return String.join("\n", ReportApiTest.pages(pdf)).replaceAll("\\s+", " ");
        }
    }

    /** The tenant's audit trail of this run, newest first: pages until the named twin's creation. */
    private List<Map<String, Object>> audit() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page < 20; page++) {
            List<Map<String, Object>> items =
                    list(call(get(ADMIN, "/api/v1/audit?size=200&page=" + page)).get("items"));
            all.addAll(items);
            if (items.size() < 200
                    || items.stream()
                            .anyMatch(e -> e.get("action").equals("assessment.created")
                                    && e.get("entityId").equals(String.valueOf(named)))) {
                break;
            }
        }
        return all;
    }

    private void answerAll(String user, long id, int option, String comment) {
        Map<String, Object> q = call(get(user, "/api/v1/assessments/" + id + "/questionnaire"));
        for (Map<String, Object> d : list(q.get("dimensions"))) {
            for (Map<String, Object> question : list(d.get("questions"))) {
                List<Map<String, Object>> options = list(question.get("options"));
                Map<String, Object> body = new HashMap<>();
                body.put(
                        "optionKey",
                        options.get(Math.min(option, options.size() - 1)).get("key"));
                body.put("comment", comment);
                body.put("baseRevision", 0);
                call(put(user, "/api/v1/assessments/" + id + "/answers/" + question.get("key"), body));
            }
        }
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private List<Map<String, Object>> list(MutableHttpRequest<?> request) {
        HttpResponse<List<Map<String, Object>>> r =
                http.toBlocking().exchange(request, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return r.body() == null ? new ArrayList<>() : r.body();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
