package io.socialmaturity.assessment;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, the server's side of the journeys: an evidence link typed without its scheme is accepted, a
 * respondent's home list carries their own progress, and a malformed id gets a plain-language problem.
 */
@MicronautTest(transactional = false)
class JourneysApiTest extends ApiTest {

    private long openAssessmentFor(String respondentId, String title) {
        long id = ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", title)))
                        .get("id"))
                .longValue();
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", respondentId)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> page, long id) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream()
                        .filter(i -> ((Number) i.get("id")).longValue() == id)
                        .findFirst()
                        .orElse(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLinkTypedWithoutItsSchemeIsSavedAsHttps() {
        long id = openAssessmentFor(IVAN_ID, "Evidence links");
        Map<String, Object> question = AssessmentLifecycleTest.questions(
                        call(get(IVAN_IT, "/api/v1/assessments/" + id + "/questionnaire")))
                .get(0);
        String option = (String)
                ((List<Map<String, Object>>) question.get("options")).get(0).get("key");
        String uri = "/api/v1/assessments/" + id + "/answers/" + question.get("key");

        Map<String, Object> saved = call(put(
                IVAN_IT,
                uri,
                Map.of("optionKey", option, "evidenceUrl", "  www.acme.it/report?q=1 ", "baseRevision", 0)));
        assertEquals("https://www.acme.it/report?q=1", saved.get("evidenceUrl"));

        // what is no web address is still refused, naming the field
        var refused = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(put(
                                IVAN_IT,
                                uri,
                                Map.of("optionKey", option, "evidenceUrl", "ftp://acme.it", "baseRevision", 1))));
        assertEquals(
                List.of("evidenceUrl"),
                ((List<Map<String, Object>>) body(refused).get("violations"))
                        .stream().map(v -> v.get("field")).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListCarriesTheRespondentsOwnProgressAndSubmission() {
        long id = openAssessmentFor(MARCO_ID, "My progress");
        Map<String, Object> questionnaire = call(get(MARCO_MARKETING, "/api/v1/assessments/" + id + "/questionnaire"));
        List<Map<String, Object>> questions = AssessmentLifecycleTest.questions(questionnaire);
        for (Map<String, Object> question : questions.subList(0, 2)) {
            String option = (String)
                    ((List<Map<String, Object>>) question.get("options")).get(0).get("key");
            call(put(
                    MARCO_MARKETING,
                    "/api/v1/assessments/" + id + "/answers/" + question.get("key"),
                    Map.of("optionKey", option, "comment", "a note", "baseRevision", 0)));
        }

        Map<String, Object> mine =
                (Map<String, Object>) item(call(get(MARCO_MARKETING, "/api/v1/assessments?size=100")), id)
                        .get("mine");
        assertEquals(2, ((Number) mine.get("answered")).intValue());
        assertEquals(questions.size(), ((Number) mine.get("questions")).intValue());
        assertNull(mine.get("submittedAt"));

        call(post(MARCO_MARKETING, "/api/v1/assessments/" + id + "/submit", Map.of()));
        mine = (Map<String, Object>) item(call(get(MARCO_MARKETING, "/api/v1/assessments?size=100")), id)
                .get("mine");
        assertNotNull(mine.get("submittedAt"));

        // an administrator who does not answer it has no "mine"; another tenant does not see it at all
        assertNull(
                item(call(get(ANNA_ADMIN, "/api/v1/assessments?size=100")), id).get("mine"));
        assertNull(item(call(get(GIORGIO_GLOBEX, "/api/v1/assessments?size=100")), id));
        assertNull(item(call(get(GINA_ADMIN, "/api/v1/assessments?size=100")), id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMalformedIdIsAPlainProblemNotAConversionError() {
        for (String uri : List.of(
                "/api/v1/assessments/abc",
                "/api/v1/assessments/abc/results",
                "/api/v1/assessments/abc/questionnaire")) {
            var e = assertProblem(400, () -> http.toBlocking().exchange(get(ANNA_ADMIN, uri)));
            String detail = (String) body(e).get("detail");
            assertFalse(
                    detail.contains("convert") || detail.contains("input string") || detail.contains("Exception"),
                    () -> uri + ": " + detail);
            assertEquals(
                    List.of("id"),
                    ((List<Map<String, Object>>) body(e).get("violations"))
                            .stream().map(v -> v.get("field")).toList(),
                    uri);
        }
    }
}
