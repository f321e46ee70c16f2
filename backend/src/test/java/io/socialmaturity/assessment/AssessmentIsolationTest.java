package io.socialmaturity.assessment;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation and roles for every assessments endpoint: another tenant's admin and respondent, a
 * consultant and a respondent of the same tenant who was not invited see and change nothing.
 */
@MicronautTest(transactional = false)
class AssessmentIsolationTest extends ApiTest {

    long id;
    String questionKey;
    String optionKey;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void acmeHasAnOpenAssessmentWithAnAnswer() {
        id = ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Acme private")))
                        .get("id"))
                .longValue();
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        Map<String, Object> q = call(get(MARCO_MARKETING, "/api/v1/assessments/" + id + "/questionnaire"));
        Map<String, Object> first = AssessmentLifecycleTest.questions(q).get(0);
        questionKey = (String) first.get("key");
        optionKey = (String)
                ((List<Map<String, Object>>) first.get("options")).get(1).get("key");
        call(put(
                MARCO_MARKETING,
                "/api/v1/assessments/" + id + "/answers/" + questionKey,
                Map.of("optionKey", optionKey, "baseRevision", 0)));
    }

    /** Every endpoint that names the assessment, for a given caller. */
    List<MutableHttpRequest<?>> everyEndpoint(String user) {
        String base = "/api/v1/assessments/" + id;
        return List.of(
                get(user, base),
                put(user, base + "/targets", Map.of("targets", Map.of("marketing", 1))),
                post(user, base + "/respondents", Map.of("userId", GIORGIO_ID)),
                delete(user, base + "/respondents/" + MARCO_ID),
                post(user, base + "/open", Map.of()),
                post(user, base + "/close", Map.of()),
                get(user, base + "/questionnaire"),
                put(user, base + "/answers/" + questionKey, Map.of("optionKey", optionKey, "baseRevision", 1)),
                post(user, base + "/submit", Map.of()),
                get(user, base + "/results"),
                put(
                        user,
                        base + "/schedule",
                        Map.of("dueDate", java.time.LocalDate.now().plusDays(30).toString())),
                post(user, base + "/reminders", Map.of()),
                post(user, base + "/reminders", Map.of("userId", MARCO_ID)));
    }

    @Test
    void anotherTenantSeesAndChangesNothing() {
        Map<String, Object> before = call(get(ANNA_ADMIN, "/api/v1/assessments/" + id));
        for (String outsider : List.of(GINA_ADMIN, GIORGIO_GLOBEX, CARLA_CONSULTANT)) {
            for (MutableHttpRequest<?> request : everyEndpoint(outsider)) {
                var e = assertThrowsProblem(request);
                int status = e.getStatus().getCode();
                assertTrue(
                        status == 404 || status == 403,
                        outsider + " " + request.getMethodName() + " " + request.getPath() + " gave " + status);
            }
        }
        assertEquals(before, call(get(ANNA_ADMIN, "/api/v1/assessments/" + id)), "nothing changed");
        assertEquals("OPEN", before.get("status"));
        // their lists and audit trails do not show it
        assertFalse(
                call(get(GINA_ADMIN, "/api/v1/assessments?size=200")).toString().contains("Acme private"));
        assertTrue(auditNamesThisAssessment(ANNA_ADMIN), "the check finds the assessment in its own tenant's trail");
        assertFalse(auditNamesThisAssessment(GINA_ADMIN), "another tenant's audit trail does not name it");
        assertFalse(call(get(GINA_ADMIN, "/api/v1/audit?size=200")).toString().contains(MARCO_ID));
    }

    @Test
    void aRespondentCannotManageNorReadOthersAnswers() {
        String base = "/api/v1/assessments/" + id;
        assertProblem(
                403,
                () -> http.toBlocking().exchange(post(MARCO_MARKETING, "/api/v1/assessments", Map.of("title", "x"))));
        assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(put(MARCO_MARKETING, base + "/targets", Map.of("targets", Map.of("marketing", 1)))));
        assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(post(MARCO_MARKETING, base + "/respondents", Map.of("userId", IVAN_ID))));
        assertProblem(403, () -> http.toBlocking().exchange(post(MARCO_MARKETING, base + "/close", Map.of())));
        assertProblem(403, () -> http.toBlocking().exchange(get(MARCO_MARKETING, "/api/v1/audit")));
        assertProblem(403, () -> http.toBlocking().exchange(get(MARCO_MARKETING, base + "/results")));
        Map<String, Object> detail = call(get(MARCO_MARKETING, base));
        assertNull(detail.get("respondents"), "a respondent does not see who else answers or how far");
        // ivan, same tenant, not invited: the assessment does not exist for him
        for (MutableHttpRequest<?> request : List.of(
                get(IVAN_IT, base + "/questionnaire"),
                put(IVAN_IT, base + "/answers/" + questionKey, Map.of("optionKey", optionKey, "baseRevision", 0)),
                post(IVAN_IT, base + "/submit", Map.of()),
                get(IVAN_IT, base))) {
            assertEquals(404, assertThrowsProblem(request).getStatus().getCode(), request.getPath());
        }
    }

    @Test
    void frameworksAndAuditNeedAToken() {
        for (String path : List.of(
                "/api/v1/frameworks",
                "/api/v1/frameworks/socially-enabled/versions/1",
                "/api/v1/assessments",
                "/api/v1/assessments/" + id,
                "/api/v1/audit")) {
            assertProblem(401, () -> http.toBlocking().exchange(io.micronaut.http.HttpRequest.GET(path)));
        }
    }

    /** Whether the caller's audit trail (its newest 200 events) has an event of this assessment. */
    @SuppressWarnings("unchecked")
    private boolean auditNamesThisAssessment(String user) {
        List<Map<String, Object>> events = (List<Map<String, Object>>)
                call(get(user, "/api/v1/audit?size=200")).get("items");
        return events.stream()
                .anyMatch(e -> "assessment".equals(e.get("entityType"))
                        && String.valueOf(id).equals(e.get("entityId")));
    }

    private io.micronaut.http.client.exceptions.HttpClientResponseException assertThrowsProblem(
            MutableHttpRequest<?> request) {
        var e = assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request));
        assertEquals(
                "application/problem+json",
                e.getResponse().getContentType().map(Object::toString).orElse(""));
        return e;
    }
}
