package io.socialmaturity.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import java.util.List;
import java.util.Map;

/** Runs an assessment through its whole lifecycle over HTTP with real tokens, for tests that need closed results. */
public final class Assessments {

    private Assessments() {}

    /**
     * The admin creates an assessment, invites one respondent, who answers every question with the option at
     * {@code optionIndex} (the last option when there are fewer), and the admin closes it. Returns its id.
     */
    @SuppressWarnings("unchecked")
    public static long closeWithAnswers(
            HttpClient http, String admin, String respondent, String respondentId, String title, int optionIndex) {
        var client = http.toBlocking();
        long id = ((Number) client.retrieve(
                                HttpRequest.POST("/api/v1/assessments", Map.of("title", title))
                                        .bearerAuth(Keycloak.token(admin)),
                                Map.class)
                        .get("id"))
                .longValue();
        client.exchange(HttpRequest.POST("/api/v1/assessments/" + id + "/respondents", Map.of("userId", respondentId))
                .bearerAuth(Keycloak.token(admin)));
        client.exchange(HttpRequest.POST("/api/v1/assessments/" + id + "/open", Map.of())
                .bearerAuth(Keycloak.token(admin)));
        Map<String, Object> q = client.retrieve(
                HttpRequest.GET("/api/v1/assessments/" + id + "/questionnaire").bearerAuth(Keycloak.token(respondent)),
                Map.class);
        for (Map<String, Object> d : (List<Map<String, Object>>) q.get("dimensions")) {
            for (Map<String, Object> question : (List<Map<String, Object>>) d.get("questions")) {
                List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
                String option = (String)
                        options.get(Math.min(optionIndex, options.size() - 1)).get("key");
                client.exchange(HttpRequest.PUT(
                                "/api/v1/assessments/" + id + "/answers/" + question.get("key"),
                                Map.of("optionKey", option, "baseRevision", 0))
                        .bearerAuth(Keycloak.token(respondent)));
            }
        }
        client.exchange(HttpRequest.POST("/api/v1/assessments/" + id + "/close", Map.of())
                .bearerAuth(Keycloak.token(admin)));
        return id;
    }
}
