package io.socialmaturity.audit;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Keycloak;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tenant's audit trail as the audit screen reads it: filters, facets, the CSV, and nothing of another tenant. */
@MicronautTest(transactional = false)
class AuditTrailApiTest extends ApiTest {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private long create(String admin, String title) {
        return ((Number) call(post(admin, "/api/v1/assessments", Map.of("title", title)))
                        .get("id"))
                .longValue();
    }

    @Test
    void theTrailIsNarrowedByPersonActionObjectAndTimeAndExportedAsCsv() {
        Instant before = Instant.now().minusSeconds(1);
        long acme = create(ANNA_ADMIN, "Acme audit " + System.nanoTime());
        long globex = create(GINA_ADMIN, "Globex audit " + System.nanoTime());

        // a second kind of event in the same minutes: a download of the trail is itself recorded
        http.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/v1/audit/export.csv").bearerAuth(Keycloak.token(ANNA_ADMIN)),
                        String.class);
        String window = "&from=" + enc(before.toString()) + "&to="
                + enc(Instant.now().plusSeconds(60).toString());
        List<?> both = items(call(get(ANNA_ADMIN, "/api/v1/audit?size=200" + window))).stream()
                .map(e -> e.get("action"))
                .distinct()
                .toList();
        assertTrue(both.containsAll(List.of("assessment.created", "audit.exported")), both.toString());
        Map<String, Object> page = call(get(ANNA_ADMIN, "/api/v1/audit?action=assessment.created" + window));
        List<Map<String, Object>> found = items(page);
        assertTrue(found.stream().anyMatch(e -> String.valueOf(acme).equals(e.get("entityId"))), found.toString());
        assertTrue(found.stream().allMatch(e -> "assessment.created".equals(e.get("action"))), found.toString());
        assertFalse(found.stream().anyMatch(e -> String.valueOf(globex).equals(e.get("entityId"))), "no globex row");
        assertEquals(found.size(), ((Number) page.get("total")).intValue());
        // by object type
        assertTrue(items(call(get(ANNA_ADMIN, "/api/v1/audit?entityType=audit" + window))).stream()
                .allMatch(e -> "audit".equals(e.get("entityType")) && "audit.exported".equals(e.get("action"))));

        // by person: the actor's id, or part of the name
        assertTrue(items(call(get(ANNA_ADMIN, "/api/v1/audit?person=" + ANNA_ID + window))).stream()
                .anyMatch(e -> String.valueOf(acme).equals(e.get("entityId"))));
        assertTrue(items(call(get(ANNA_ADMIN, "/api/v1/audit?person=Anna" + window))).stream()
                .allMatch(e -> ANNA_ID.equals(e.get("actorId"))));
        assertEquals(
                0,
                ((Number) call(get(ANNA_ADMIN, "/api/v1/audit?person=" + GINA_ID))
                                .get("total"))
                        .intValue());
        // by time: nothing after an hour from now
        String later = enc(Instant.now().plus(1, ChronoUnit.HOURS).toString());
        assertEquals(
                0,
                ((Number) call(get(ANNA_ADMIN, "/api/v1/audit?from=" + later)).get("total")).intValue());

        Map<String, Object> facets = call(get(ANNA_ADMIN, "/api/v1/audit/facets"));
        assertTrue(((List<?>) facets.get("actions")).contains("assessment.created"), facets.toString());
        assertTrue(((List<?>) facets.get("entityTypes")).contains("assessment"), facets.toString());

        HttpResponse<String> csv = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/v1/audit/export.csv?action=assessment.created" + window)
                                .bearerAuth(Keycloak.token(ANNA_ADMIN)),
                        String.class);
        assertEquals(200, csv.code());
        assertTrue(csv.getContentType().orElseThrow().toString().startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").contains("audit-trail.csv"));
        String text = csv.body();
        assertTrue(text.startsWith("\uFEFFoccurredAt,actorId,actorName,action,entityType,entityId,details"), text);
        assertTrue(text.contains("," + acme + ","), text);
        assertFalse(text.contains("," + globex + ","), text);
        assertFalse(text.contains(",audit.exported,"), "only the chosen action: " + text);
        // the download is itself in the trail
        assertTrue(items(call(get(ANNA_ADMIN, "/api/v1/audit?action=audit.exported"))).stream()
                .anyMatch(e -> ANNA_ID.equals(e.get("actorId"))));

        // another tenant's admin sees none of it, with any filter
        assertFalse(call(get(GINA_ADMIN, "/api/v1/audit?size=200&entityType=assessment"))
                .toString()
                .contains("entityId=" + acme + ","));
        String globexCsv = http.toBlocking()
                .retrieve(HttpRequest.GET("/api/v1/audit/export.csv?action=assessment.created" + window)
                        .bearerAuth(Keycloak.token(GINA_ADMIN)));
        assertTrue(globexCsv.contains("," + globex + ","), globexCsv);
        assertFalse(globexCsv.contains("," + acme + ","), "nothing of acme: " + globexCsv);
    }

    @Test
    void badFiltersAreA400NamingTheFieldAndRespondentsAre403() {
        var to = assertProblem(
                400,
                () -> call(get(
                        ANNA_ADMIN,
                        "/api/v1/audit?from=" + enc("2026-12-02T00:00:00Z") + "&to=" + enc("2026-12-01T00:00:00Z"))));
        assertTrue(body(to).toString().contains("field=to"), body(to).toString());
        var from = assertProblem(400, () -> call(get(ANNA_ADMIN, "/api/v1/audit?from=yesterday")));
        assertTrue(body(from).toString().contains("field=from"), body(from).toString());
        var person = assertProblem(400, () -> call(get(ANNA_ADMIN, "/api/v1/audit?person=" + "x".repeat(101))));
        assertTrue(
                body(person).toString().contains("field=person"), body(person).toString());
        assertProblem(400, () -> call(get(ANNA_ADMIN, "/api/v1/audit?size=0")));
        assertProblem(403, () -> call(get(MARCO_MARKETING, "/api/v1/audit")));
        assertProblem(403, () -> call(get(MARCO_MARKETING, "/api/v1/audit/facets")));
        assertProblem(403, () -> http.toBlocking().exchange(get(MARCO_MARKETING, "/api/v1/audit/export.csv")));
    }
}
