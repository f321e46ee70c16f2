package io.socialmaturity.assessment;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.StatementCounter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The home page's list costs the same few SQL statements whatever the number of assessments and answers: progress
 * is counted by the database in one grouped query per page (before, every answer of every assessment was loaded).
 * The statements are counted by the JDBC driver's statement hook ({@link StatementCounter}).
 */
@MicronautTest(transactional = false)
class AssessmentListStatementsTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        return StatementCounter.properties();
    }

    @Test
    void theListIssuesAConstantNumberOfStatements() {
        // at least one assessment with answers, so the first count already includes the progress query
        addAssessmentWithAnswers("Statements 1");
        List<String> before = statementsOfTheList(ANNA_ADMIN);
        List<String> respondentBefore = statementsOfTheList(MARCO_MARKETING);

        for (int i = 2; i <= 4; i++) {
            addAssessmentWithAnswers("Statements " + i);
        }
        List<String> after = statementsOfTheList(ANNA_ADMIN);
        List<String> respondentAfter = statementsOfTheList(MARCO_MARKETING);

        assertEquals(
                before.size(),
                after.size(),
                "admin: same statements with 3 more assessments and their answers:\n" + String.join("\n", before)
                        + "\n---\n" + String.join("\n", after));
        assertEquals(
                respondentBefore.size(),
                respondentAfter.size(),
                "respondent:\n" + String.join("\n", respondentBefore) + "\n---\n" + String.join("\n", respondentAfter));
        assertTrue(after.size() <= 8, "a handful of statements: " + after);
        assertEquals(
                5,
                after.stream().filter(s -> s.contains("| SELECT")).count(),
                "the page, the caller's own progress, everyone's progress (grouped), the schedules and the count: "
                        + after);
        assertEquals(
                4,
                respondentAfter.stream().filter(s -> s.contains("| SELECT")).count(),
                "the page, the caller's own progress, the schedules and the count: " + respondentAfter);
        assertTrue(
                after.stream().noneMatch(s -> s.toLowerCase().contains("select * from answer")),
                "no answer is loaded: " + after);
        System.out.println("GET /api/v1/assessments statements, admin: " + after.size() + ", respondent: "
                + respondentAfter.size() + "\n" + String.join("\n", after));
    }

    /** The grouped counts equal the detail's, which counts respondent by respondent. */
    @Test
    @SuppressWarnings("unchecked")
    void theListShowsTheSameProgressAsTheDetail() {
        long id = addAssessmentWithAnswers("Progress as in the detail");
        call(post(IVAN_IT, "/api/v1/assessments/" + id + "/submit", Map.of()));
        List<Map<String, Object>> items = (List<Map<String, Object>>)
                call(get(ANNA_ADMIN, "/api/v1/assessments?size=100")).get("items");
        Map<String, Object> listed = items.stream()
                .filter(i -> ((Number) i.get("id")).longValue() == id)
                .findFirst()
                .orElseThrow();
        Map<String, Object> detail = call(get(ANNA_ADMIN, "/api/v1/assessments/" + id));
        assertEquals(detail.get("progress"), listed.get("progress"));
        Map<String, Object> progress = (Map<String, Object>) listed.get("progress");
        assertEquals(2, progress.get("respondents"));
        assertEquals(1, progress.get("submitted"));
        assertEquals(3, ((Number) progress.get("answers")).intValue());
        long expected = ((List<Map<String, Object>>) detail.get("respondents"))
                .stream()
                        .mapToLong(r -> ((Number) r.get("questions")).longValue())
                        .sum();
        assertEquals(expected, ((Number) progress.get("expectedAnswers")).longValue());
        assertTrue(expected > 3);
        assertEquals(false, listed.get("respondent"), "Anna does not answer it");
        for (Map<String, Object> other : items) {
            long otherId = ((Number) other.get("id")).longValue();
            if (otherId > id - 5) { // the newest few: each as its detail says
                assertEquals(
                        call(get(ANNA_ADMIN, "/api/v1/assessments/" + otherId)).get("progress"), other.get("progress"));
            }
        }
        List<Map<String, Object>> marcos = (List<Map<String, Object>>)
                call(get(MARCO_MARKETING, "/api/v1/assessments?size=100")).get("items");
        Map<String, Object> mine = marcos.stream()
                .filter(i -> ((Number) i.get("id")).longValue() == id)
                .findFirst()
                .orElseThrow();
        assertEquals(true, mine.get("respondent"));
        assertNull(mine.get("progress"), "respondents do not see the others' progress");
    }

    private List<String> statementsOfTheList(String user) {
        var request = get(user, "/api/v1/assessments?size=100");
        call(request); // warm: the token's tenant is cached, as on every request but the first in a while
        List<String> statements = StatementCounter.during(() -> call(get(user, "/api/v1/assessments?size=100")));
        // only the request's own (it runs on the blocking I/O executor, see AssessmentController): not the pool's
        // connection set-up nor the background jobs (the Keycloak repair queue) on the scheduler's threads
        return statements.stream().filter(s -> s.startsWith("io-executor")).toList();
    }

    @SuppressWarnings("unchecked")
    private long addAssessmentWithAnswers(String title) {
        long id = ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", title)))
                        .get("id"))
                .longValue();
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", IVAN_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        Map<String, Object> q = call(get(MARCO_MARKETING, "/api/v1/assessments/" + id + "/questionnaire"));
        for (Map<String, Object> question : AssessmentLifecycleTest.questions(q).subList(0, 3)) {
            String option = (String)
                    ((List<Map<String, Object>>) question.get("options")).get(1).get("key");
            call(put(
                    MARCO_MARKETING,
                    "/api/v1/assessments/" + id + "/answers/" + question.get("key"),
                    Map.of("optionKey", option, "baseRevision", 0)));
        }
        return id;
    }
}
