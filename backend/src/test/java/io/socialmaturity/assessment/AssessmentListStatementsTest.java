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

        assertEquals(before.size(), after.size(), "admin: same statements with 3 more assessments and their answers:\n"
                + String.join("\n", before) + "\n---\n" + String.join("\n", after));
        assertEquals(respondentBefore.size(), respondentAfter.size(), "respondent:\n"
                + String.join("\n", respondentBefore) + "\n---\n" + String.join("\n", respondentAfter));
        assertTrue(after.size() <= 6, "a handful of statements: " + after);
        assertEquals(3, after.stream().filter(s -> s.contains("| SELECT")).count(),
                "the page, the grouped progress and the count: " + after);
        assertEquals(2, respondentAfter.stream().filter(s -> s.contains("| SELECT")).count(),
                "the page and the count: " + respondentAfter);
        assertTrue(after.stream().noneMatch(s -> s.toLowerCase().contains("select * from answer")),
                "no answer is loaded: " + after);
        System.out.println("GET /api/v1/assessments statements, admin: " + after.size() + ", respondent: "
                + respondentAfter.size() + "\n" + String.join("\n", after));
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
    private void addAssessmentWithAnswers(String title) {
        long id = ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", title))).get("id")).longValue();
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", IVAN_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        Map<String, Object> q = call(get(MARCO_MARKETING, "/api/v1/assessments/" + id + "/questionnaire"));
        for (Map<String, Object> question : AssessmentLifecycleTest.questions(q).subList(0, 3)) {
            String option = (String) ((List<Map<String, Object>>) question.get("options")).get(1).get("key");
            call(put(MARCO_MARKETING, "/api/v1/assessments/" + id + "/answers/" + question.get("key"),
                    Map.of("optionKey", option, "baseRevision", 0)));
        }
    }
}
