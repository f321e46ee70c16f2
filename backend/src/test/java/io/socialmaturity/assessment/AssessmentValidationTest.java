package io.socialmaturity.assessment;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Keycloak;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem+json naming the offending field, never a 5xx, and changes nothing. */
@MicronautTest(transactional = false)
class AssessmentValidationTest extends ApiTest {

    long id;
    String questionKey;

    @BeforeAll
    void anOpenAssessment() {
        id = ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Validation")))
                        .get("id"))
                .longValue();
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", IVAN_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        questionKey = (String)
                AssessmentLifecycleTest.questions(call(get(IVAN_IT, "/api/v1/assessments/" + id + "/questionnaire")))
                        .get(0)
                        .get("key");
    }

    @SuppressWarnings("unchecked")
    private void assertField(int status, HttpRequest<?> request, String field) {
        var e = assertProblem(status, () -> http.toBlocking().exchange(request));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) body(e).get("violations");
        assertNotNull(violations, () -> "violations in " + body(e));
        assertTrue(violations.stream().anyMatch(v -> field.equals(v.get("field"))), () -> field + " in " + violations);
    }

    @Test
    void creatingNeedsAValidTitleAndAKnownFramework() {
        assertField(400, post(ANNA_ADMIN, "/api/v1/assessments", Map.of()), "title");
        assertField(400, post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", " ")), "title");
        assertField(400, post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "x".repeat(201))), "title");
        assertField(
                400,
                post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "t", "frameworkKey", "nope")),
                "frameworkKey");
        assertField(
                400,
                post(
                        ANNA_ADMIN,
                        "/api/v1/assessments",
                        Map.of("title", "t", "frameworkKey", "socially-enabled", "frameworkVersion", 99)),
                "frameworkVersion");
        assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(as(
                                ANNA_ADMIN,
                                HttpRequest.POST("/api/v1/assessments", "{\"title\": ")
                                        .contentType(MediaType.APPLICATION_JSON))));
        assertProblem(
                415,
                () -> http.toBlocking()
                        .exchange(as(
                                ANNA_ADMIN,
                                HttpRequest.POST("/api/v1/assessments", "title=x")
                                        .contentType(MediaType.TEXT_PLAIN))));
    }

    @Test
    void targetsMustNameDimensionsAndLevels() {
        assertField(
                400,
                put(ANNA_ADMIN, "/api/v1/assessments/" + id + "/targets", Map.of("targets", Map.of("nope", 3))),
                "targets.nope");
        assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(put(
                                ANNA_ADMIN,
                                "/api/v1/assessments/" + id + "/targets",
                                Map.of("targets", Map.of("marketing", 9)))));
        assertProblem(
                400,
                () -> http.toBlocking().exchange(put(ANNA_ADMIN, "/api/v1/assessments/" + id + "/targets", Map.of())));
    }

    @Test
    void respondentsMustBeUsersOfTheTenantWithAKnownFunction() {
        assertField(
                400,
                post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", GIORGIO_ID)),
                "userId");
        assertField(
                400,
                post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", "no-such-user")),
                "userId");
        assertField(
                400,
                post(
                        ANNA_ADMIN,
                        "/api/v1/assessments/" + id + "/respondents",
                        Map.of("userId", MARCO_ID, "businessFunction", "astrology")),
                "businessFunction");
    }

    @Test
    void answersMustNameARealQuestionAndOption() {
        String base = "/api/v1/assessments/" + id + "/answers/";
        assertProblem(
                404,
                () -> http.toBlocking()
                        .exchange(
                                put(IVAN_IT, base + "no.such.question", Map.of("optionKey", "x", "baseRevision", 0))));
        assertField(
                400,
                put(IVAN_IT, base + questionKey, Map.of("optionKey", "no-such-option", "baseRevision", 0)),
                "optionKey");
        assertField(400, put(IVAN_IT, base + questionKey, Map.of("baseRevision", 0)), "optionKey");
        Map<String, Object> both = new HashMap<>(Map.of("optionKey", "x", "notApplicable", true, "baseRevision", 0));
        assertField(400, put(IVAN_IT, base + questionKey, both), "notApplicable");
        assertField(400, put(IVAN_IT, base + questionKey, Map.of("notApplicable", true)), "baseRevision");
        assertField(
                400,
                put(IVAN_IT, base + questionKey, Map.of("notApplicable", true, "baseRevision", -1)),
                "baseRevision");
        assertField(
                400,
                put(
                        IVAN_IT,
                        base + questionKey,
                        Map.of("notApplicable", true, "baseRevision", 0, "evidenceUrl", "javascript:alert(1)")),
                "evidenceUrl");
        assertField(
                400,
                put(
                        IVAN_IT,
                        base + questionKey,
                        Map.of("notApplicable", true, "baseRevision", 0, "comment", "x".repeat(2001))),
                "comment");
        // nothing was saved by any of these
        Map<String, Object> q = call(get(IVAN_IT, "/api/v1/assessments/" + id + "/questionnaire"));
        assertNull(AssessmentLifecycleTest.questions(q).get(0).get("answer"));
    }

    @Test
    void pagingLanguageAndIdsAreChecked() {
        assertField(400, get(ANNA_ADMIN, "/api/v1/assessments?page=-1"), "page");
        assertField(400, get(ANNA_ADMIN, "/api/v1/assessments?size=1000"), "size");
        assertField(400, get(ANNA_ADMIN, "/api/v1/audit?size=0"), "size");
        assertField(400, get(ANNA_ADMIN, "/api/v1/frameworks?lang=fr"), "lang");
        assertProblem(400, () -> http.toBlocking().exchange(get(ANNA_ADMIN, "/api/v1/assessments/abc")));
        assertProblem(404, () -> http.toBlocking().exchange(get(ANNA_ADMIN, "/api/v1/assessments/999999999")));
        assertProblem(
                404,
                () -> http.toBlocking().exchange(get(ANNA_ADMIN, "/api/v1/frameworks/socially-enabled/versions/42")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void frameworksAreLocalised() {
        List<Map<String, Object>> list = http.toBlocking()
                .retrieve(
                        get(ANNA_ADMIN, "/api/v1/frameworks"),
                        io.micronaut.core.type.Argument.listOf(
                                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertTrue(list.stream()
                .anyMatch(f -> "socially-enabled".equals(f.get("key")) && Boolean.TRUE.equals(f.get("latest"))));
        Map<String, Object> en = call(get(ANNA_ADMIN, "/api/v1/frameworks/socially-enabled/versions/1"));
        Map<String, Object> it = call(as(
                ANNA_ADMIN,
                HttpRequest.GET("/api/v1/frameworks/socially-enabled/versions/1")
                        .header("Accept-Language", "it-IT,it;q=0.9,en;q=0.5")));
        assertEquals("en", en.get("language"));
        assertEquals("it", it.get("language"));
        assertNotEquals(en.get("title"), it.get("title"));
        assertEquals(6, ((List<?>) en.get("dimensions")).size());
        assertEquals(5, ((List<?>) en.get("levels")).size());
        assertEquals(
                "it",
                call(get(ANNA_ADMIN, "/api/v1/frameworks/socially-enabled/versions/1?lang=it"))
                        .get("language"));
        assertNotNull(Keycloak.URL);
    }
}
