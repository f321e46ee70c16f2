package io.socialmaturity.report;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, items 4 and 5: one truth on screen and in the PDF, and no individual answer exposed.
 * <ul>
 *   <li>the results API's {@code display} (what the results page shows as given) and the PDF's extracted text
 *   carry the same figures and texts, in English and Italian;</li>
 *   <li>with a single marketing and a single IT respondent, no output a respondent reads (results API, PDF,
 *   results.csv) shows a figure by business function, nor the alignment index or gaps derived from them;</li>
 *   <li>the tenant admin reads those figures, the gap and the index, each marked "one respondent" (API display,
 *   PDF in EN and IT, results.csv's single-respondent columns);</li>
 *   <li>two respondents of a function are shown to the tenant admin without the mark, not to respondents;</li>
 *   <li>an open assessment without answers has no verdict.</li>
 * </ul>
 */
@MicronautTest(transactional = false)
class ResultsTruthApiTest extends ApiTest {

    long single; // Marco (marketing, top answers) and Ivan (IT, bottom answers)
    long pair; // Anna and Ivan, both as IT
    long empty; // open, one respondent, no answer

    @BeforeAll
    void assessments() {
        single = assessment(
                "Truth – one per function", Map.of(MARCO_ID, "marketing", IVAN_ID, "it"), Map.of("sales", 3));
        answerAll(MARCO_MARKETING, single, 3);
        answerAll(IVAN_IT, single, 0);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + single + "/close", Map.of()));

        pair = assessment("Truth – two of IT", Map.of(ANNA_ID, "it", IVAN_ID, "it"), Map.of());
        answerAll(ANNA_ADMIN, pair, 1);
        answerAll(IVAN_IT, pair, 2);
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + pair + "/close", Map.of()));

        empty = assessment("Truth – nobody answered", Map.of(MARCO_ID, "marketing"), Map.of());
    }

    // ------------------------------------------------------------------ item 4: one truth

    @Test
    void theResultsPageAndThePdfSayTheSameInBothLanguages() throws IOException {
        for (String lang : List.of("en", "it")) {
            Map<String, Object> display = display(ANNA_ADMIN, single, lang);
            String pdf = String.join("\n", pdfPages(ANNA_ADMIN, single, lang));
            Map<String, Object> verdict = map(display.get("verdict"));
            Map<String, Object> overall = map(display.get("overall"));
            assertContains(
                    pdf,
                    lang,
                    verdict.get("headline"),
                    verdict.get("explanation"),
                    overall.get("score"),
                    overall.get("level"),
                    overall.get("coverage"),
                    overall.get("weakest"));
            for (Map<String, Object> d : list(display.get("dimensions"))) {
                assertContains(
                        pdf,
                        lang,
                        d.get("name"),
                        d.get("score"),
                        d.get("level"),
                        d.get("coverage"),
                        d.get("target"),
                        d.get("gap"),
                        d.get("spread"));
                if (d.get("gate") != null) {
                    assertContains(pdf, lang, d.get("gate"));
                }
            }
            for (Map<String, Object> s : list(display.get("roadmap"))) {
                assertContains(pdf, lang, s.get("title"), s.get("step"));
            }
            for (Map<String, Object> f : list(display.get("figures"))) {
                assertContains(pdf, lang, f.get("published"), f.get("company"), f.get("assessment"));
            }
        }
    }

    @Test
    void heldBackByAndTheTargetAreTwoDifferentStatementsThatAgree() {
        Map<String, Object> display = display(ANNA_ADMIN, single, "en");
        Map<String, Object> verdict = map(display.get("verdict"));
        assertEquals("NOT_ENABLED", verdict.get("state"));
        String heldBackBy = (String) verdict.get("heldBackBy");
        assertNotNull(heldBackBy);
        for (Map<String, Object> d : list(display.get("dimensions"))) {
            if (heldBackBy.contains((String) d.get("name"))) {
                // the card of an area that holds the company back says so, whatever its own target says
                assertEquals(true, d.get("holdsBack"), d.toString());
                assertTrue(((String) d.get("gate")).startsWith("Holds the company back"), d.toString());
                assertFalse(d.get("gap").toString().contains("met"), "the target's state is not the verdict's");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAssessmentWithoutAnswersHasNoVerdictYet() {
        for (String lang : List.of("en", "it")) {
            Map<String, Object> body = call(get(ANNA_ADMIN, "/api/v1/assessments/" + empty + "/results?lang=" + lang));
            Map<String, Object> verdict = map(map(body.get("display")).get("verdict"));
            assertEquals("INSUFFICIENT", verdict.get("state"));
            assertEquals(
                    lang.equals("en")
                            ? "Not enough answers yet for a verdict"
                            : "Risposte ancora insufficienti per un giudizio",
                    verdict.get("headline"));
            assertNull(verdict.get("heldBackBy"));
        }
    }

    // ------------------------------------------------------------------ item 5: privacy of breakdowns

    @Test
    void aSingleRespondentOfAFunctionIsHiddenFromRespondents() {
        for (String reader : List.of(MARCO_MARKETING, IVAN_IT)) {
            Map<String, Object> body = call(get(reader, "/api/v1/assessments/" + single + "/results?lang=en"));
            Map<String, Object> result = map(body.get("result"));
            for (Map<String, Object> q : list(result.get("questions"))) {
                assertFalse(map(q.get("byFunction")).containsKey("it"), reader + " " + q.get("key"));
                assertFalse(map(q.get("byFunction")).containsKey("marketing"), reader + " " + q.get("key"));
            }
            for (Map<String, Object> d : list(result.get("dimensions"))) {
                assertTrue(map(d.get("byFunction")).isEmpty(), reader + " " + d.get("key"));
            }
            Map<String, Object> gap = map(result.get("perceptionGap"));
            assertNull(gap.get("alignmentIndex"), reader + ": the index would carry the hidden answers");
            for (Map<String, Object> q : list(gap.get("questions"))) {
                assertNull(q.get("it"));
                assertNull(q.get("marketing"));
                assertNull(q.get("gap"));
            }
            for (Map<String, Object> d : list(gap.get("dimensions"))) {
                assertNull(d.get("it"));
                assertNull(d.get("gap"));
                assertNull(d.get("alignmentIndex"));
            }
            for (Map<String, Object> f : list(result.get("publishedFigures"))) {
                assertNull(
                        f.get("companyValue"),
                        reader + " " + map(f.get("figure")).get("key"));
            }
            Map<String, Object> display = map(body.get("display"));
            assertEquals(false, display.get("single"), "nothing visible rests on one respondent");
            Map<String, Object> shown = map(display.get("gap"));
            assertEquals(false, shown.get("alignmentSingle"));
            for (Map<String, Object> line : list(shown.get("dimensions"))) {
                assertEquals("hidden: fewer than 3 respondents", line.get("it"));
                assertEquals("hidden: fewer than 3 respondents", line.get("marketing"));
                assertEquals("—", line.get("gap"));
                assertEquals(false, line.get("marketingSingle"));
                assertEquals(false, line.get("itSingle"));
            }
            assertEquals(0, list(result.get("respondents")).size(), "no per-person rows for respondents");
        }
    }

    @Test
    void theAdminSeesTheGapOfOneCmoAndOneCioMarkedAsOneRespondent() {
        for (String lang : List.of("en", "it")) {
            Map<String, Object> body = call(get(ANNA_ADMIN, "/api/v1/assessments/" + single + "/results?lang=" + lang));
            Map<String, Object> result = map(body.get("result"));
            for (Map<String, Object> d : list(result.get("dimensions"))) {
                assertTrue(
                        map(d.get("byFunction")).containsKey("marketing"),
                        d.get("key").toString());
                assertTrue(
                        map(d.get("byFunction")).containsKey("it"), d.get("key").toString());
            }
            Map<String, Object> gap = map(result.get("perceptionGap"));
            assertNotNull(gap.get("alignmentIndex"), "the product's core figure is there for the admin");
            Map<String, Object> display = map(body.get("display"));
            assertEquals(1, display.get("privacyMinimum"));
            assertEquals(true, display.get("single"));
            assertEquals(lang.equals("en") ? "one respondent" : "un solo rispondente", display.get("singleMark"));
            Map<String, Object> shown = map(display.get("gap"));
            assertEquals(true, shown.get("alignmentSingle"), "the index compares one CMO with one CIO");
            for (Map<String, Object> line : list(shown.get("dimensions"))) {
                assertEquals(true, line.get("marketingSingle"), line.toString());
                assertEquals(true, line.get("itSingle"), line.toString());
                assertEquals(false, line.get("hidden"));
                assertFalse(line.get("marketing").toString().startsWith("hidden"));
                assertNotEquals("—", line.get("gap"), "the disconnect is shown: " + line);
                if (!"—".equals(line.get("alignmentIndex"))) {
                    assertEquals(true, line.get("alignmentSingle"), line.toString());
                }
            }
            for (Map<String, Object> q : list(shown.get("questions"))) {
                if (!"—".equals(q.get("marketing"))) {
                    assertEquals(true, q.get("marketingSingle"), q.toString());
                }
                if (!"—".equals(q.get("it"))) {
                    assertEquals(true, q.get("itSingle"), q.toString());
                }
            }
            List<Map<String, Object>> placements = list(result.get("publishedFigures"));
            List<Map<String, Object>> figures = list(display.get("figures"));
            for (int i = 0; i < figures.size(); i++) {
                assertEquals(
                        ((Number) placements.get(i).get("sampleSize")).intValue() == 1,
                        figures.get(i).get("single"),
                        figures.get(i).toString());
            }
            assertEquals(2, list(result.get("respondents")).size(), "per-person rows for the admin");
        }
    }

    @Test
    void twoOfAFunctionAreShownToTheAdminWithoutTheMarkNotToRespondents() {
        Map<String, Object> adminBody = call(get(ANNA_ADMIN, "/api/v1/assessments/" + pair + "/results"));
        Map<String, Object> admin = map(adminBody.get("result"));
        Map<String, Object> respondent = map(
                call(get(IVAN_IT, "/api/v1/assessments/" + pair + "/results")).get("result"));
        for (int i = 0; i < list(admin.get("dimensions")).size(); i++) {
            assertTrue(
                    map(list(admin.get("dimensions")).get(i).get("byFunction")).containsKey("it"));
            assertFalse(map(list(respondent.get("dimensions")).get(i).get("byFunction"))
                    .containsKey("it"));
        }
        for (Map<String, Object> line :
                list(map(map(adminBody.get("display")).get("gap")).get("dimensions"))) {
            assertEquals(false, line.get("itSingle"), "two IT respondents are a group");
        }
    }

    @Test
    void thePdfFollowsItsReadersRuleLikeTheirResultsPage() throws IOException {
        String marco =
                String.join("\n", pdfPages(MARCO_MARKETING, single, "en")).replaceAll("\\s+", " ");
        assertTrue(marco.contains("hidden: fewer than 3 respondents"));
        assertFalse(marco.contains("+100.0"), "no gap between two single persons for a respondent");
        assertFalse(marco.contains("one respondent"));
        String anna = String.join("\n", pdfPages(ANNA_ADMIN, single, "en")).replaceAll("\\s+", " ");
        assertFalse(anna.contains("hidden: fewer than"), "nothing hidden from the admin");
        assertTrue(anna.contains("that person’s view, not a group’s"), "the rule is stated");
        for (String lang : List.of("en", "it")) {
            String pdf = lang.equals("en")
                    ? anna
                    : String.join("\n", pdfPages(ANNA_ADMIN, single, lang)).replaceAll("\\s+", " ");
            Map<String, Object> display = display(ANNA_ADMIN, single, lang);
            Map<String, Object> gap = map(display.get("gap"));
            String mark = " (" + display.get("singleMark") + ")";
            assertTrue(pdf.contains(gap.get("alignmentIndex") + mark), lang + ": the index carries the mark");
            for (Map<String, Object> line : list(gap.get("dimensions"))) {
                // the CMO–CIO gap is there, each side marked as one person's view
                assertContains(pdf, lang, line.get("marketing") + mark, line.get("it") + mark, line.get("gap"));
            }
        }
        // two IT respondents: the admin's report shows IT's view unmarked, the respondent's does not show it
        String pairAdmin = String.join(" ", pdfPages(ANNA_ADMIN, pair, "en")).replaceAll("\\s+", " ");
        assertFalse(pairAdmin.contains("hidden: fewer than"));
        assertFalse(pairAdmin.contains("one respondent)"));
        assertTrue(String.join(" ", pdfPages(IVAN_IT, pair, "en"))
                .replaceAll("\\s+", " ")
                .contains("hidden: fewer than 3 respondents"));
    }

    @Test
    void theResultsCsvFollowsTheRuleAndFlagsSingleRespondents() throws IOException {
        HttpResponse<byte[]> marco = http.toBlocking()
                .exchange(get(MARCO_MARKETING, "/api/v1/assessments/" + single + "/results.csv"), byte[].class);
        for (CSVRecord row : ReportApiTest.parse(marco.body())) {
            assertEquals("", row.get("marketing_score"), row.get("dimension_key"));
            assertEquals("", row.get("it_score"), row.get("dimension_key"));
            assertEquals("", row.get("marketing_minus_it"));
            assertEquals("", row.get("alignment_index"));
            assertEquals("", row.get("marketing_respondents"));
            assertEquals("false", row.get("marketing_single_respondent"));
            assertEquals("false", row.get("it_single_respondent"));
        }
        HttpResponse<byte[]> anna = http.toBlocking()
                .exchange(get(ANNA_ADMIN, "/api/v1/assessments/" + single + "/results.csv"), byte[].class);
        List<CSVRecord> rows = ReportApiTest.parse(anna.body());
        // the columns before stay where they were; the new ones come last
        assertEquals(
                List.of(
                        "compared_questions",
                        "marketing_respondents",
                        "it_respondents",
                        "marketing_single_respondent",
                        "it_single_respondent",
                        "alignment_single_respondent"),
                rows.get(0).getParser().getHeaderNames().subList(21, 27));
        for (CSVRecord row : rows) {
            assertFalse(row.get("marketing_score").isEmpty(), row.get("dimension_key"));
            assertFalse(row.get("it_score").isEmpty(), row.get("dimension_key"));
            assertFalse(row.get("marketing_minus_it").isEmpty(), row.get("dimension_key"));
            assertEquals("1", row.get("marketing_respondents"));
            assertEquals("1", row.get("it_respondents"));
            assertEquals("true", row.get("marketing_single_respondent"));
            assertEquals("true", row.get("it_single_respondent"));
            assertEquals(String.valueOf(!row.get("alignment_index").isEmpty()), row.get("alignment_single_respondent"));
        }
        HttpResponse<byte[]> pair2 = http.toBlocking()
                .exchange(get(ANNA_ADMIN, "/api/v1/assessments/" + pair + "/results.csv"), byte[].class);
        for (CSVRecord row : ReportApiTest.parse(pair2.body())) {
            assertFalse(row.get("it_score").isEmpty(), "two IT respondents: the admin's CSV has IT's scores");
            assertEquals("2", row.get("it_respondents"));
            assertEquals("false", row.get("it_single_respondent"));
        }
    }

    // ------------------------------------------------------------------ helpers

    private long assessment(String title, Map<String, String> respondents, Map<String, Integer> targets) {
        long id = ReportApiTest.id(call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", title))));
        if (!targets.isEmpty()) {
            call(put(ANNA_ADMIN, "/api/v1/assessments/" + id + "/targets", Map.of("targets", targets)));
        }
        respondents.forEach((user, function) -> call(post(
                ANNA_ADMIN,
                "/api/v1/assessments/" + id + "/respondents",
                Map.of("userId", user, "businessFunction", function))));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        return id;
    }

    @SuppressWarnings("unchecked")
    private void answerAll(String user, long id, int option) {
        Map<String, Object> q = call(get(user, "/api/v1/assessments/" + id + "/questionnaire"));
        for (Map<String, Object> d : (List<Map<String, Object>>) q.get("dimensions")) {
            for (Map<String, Object> question : (List<Map<String, Object>>) d.get("questions")) {
                List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
                Map<String, Object> body = new HashMap<>();
                body.put(
                        "optionKey",
                        options.get(Math.min(option, options.size() - 1)).get("key"));
                body.put("baseRevision", 0);
                call(put(user, "/api/v1/assessments/" + id + "/answers/" + question.get("key"), body));
            }
        }
    }

    private Map<String, Object> display(String user, long id, String lang) {
        return map(call(get(user, "/api/v1/assessments/" + id + "/results?lang=" + lang))
                .get("display"));
    }

    private List<String> pdfPages(String user, long id, String lang) throws IOException {
        byte[] body = http.toBlocking()
                .exchange(get(user, "/api/v1/assessments/" + id + "/report.pdf?lang=" + lang), byte[].class)
                .body();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            if (id == single && user.equals(ANNA_ADMIN)) {
                ReportApiTest.render(pdf, "truth-" + lang);
                Files.writeString(
                        ReportApiTest.ARTIFACTS.resolve("truth-" + lang + ".json"),
                        http.toBlocking().retrieve(get(user, "/api/v1/assessments/" + id + "/results?lang=" + lang)),
                        StandardCharsets.UTF_8);
            }
            return ReportApiTest.pages(pdf);
        }
    }

    /** PDFBox puts line breaks where the layout wraps: compare with every run of white space as one space. */
    private static void assertContains(String pdf, String lang, Object... texts) {
        String flat = pdf.replaceAll("\\s+", " ");
        for (Object t : texts) {
            assertNotNull(t);
            String want = t.toString().replaceAll("\\s+", " ");
            assertTrue(flat.contains(want), () -> lang + ": the PDF lacks «" + want + "»");
        }
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
