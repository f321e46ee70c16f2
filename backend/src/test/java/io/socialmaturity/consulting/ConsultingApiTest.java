package io.socialmaturity.consulting;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Assessments;
import io.socialmaturity.testing.KeycloakFixtures;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Engagements, portfolio, comparison and trend over HTTP with real tokens: acme and globex grant Bright
 * (carla) access, carla compares them, acme revokes. A consultant of another consultancy (rita, created
 * here) and carla without a grant see nothing on any endpoint; companies' users cannot read portfolios.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultingApiTest extends ApiTest {

    static final String RITA = "rita.rival@rival.example";

    @Inject
    TenantService tenants;

    long acmeOld;
    long acmeNew;
    long globexShared;
    long globexPrivate;

    @BeforeAll
    void twoCompaniesWithClosedAssessmentsAndASecondConsultancy() {
        String org = KeycloakFixtures.ensureOrganization("rival", "Rival Consulting");
        String rita = KeycloakFixtures.ensureMember(org, RITA, "other");
        KeycloakFixtures.ensureRealmRole(rita, "consultant");
        tenants.ensure("rival", "Rival Consulting", TenantKind.CONSULTANCY, "consulting", "10-49", "FR");
        // a clean start when the database keeps an earlier run's engagements
        for (String admin : List.of(ANNA_ADMIN, GINA_ADMIN)) {
            for (Map<String, Object> e : list(get(admin, "/api/v1/engagements"))) {
                if (List.of("PENDING", "ACTIVE").contains(e.get("status"))) {
                    call(delete(admin, "/api/v1/engagements/" + e.get("id")));
                }
            }
        }
        acmeOld = Assessments.closeWithAnswers(http, ANNA_ADMIN, MARCO_MARKETING, MARCO_ID, "Acme 2025", 0);
        acmeNew = Assessments.closeWithAnswers(http, ANNA_ADMIN, MARCO_MARKETING, MARCO_ID, "Acme 2026", 2);
        globexShared = Assessments.closeWithAnswers(http, GINA_ADMIN, GIORGIO_GLOBEX, GIORGIO_ID, "Globex shared", 1);
        globexPrivate = Assessments.closeWithAnswers(http, GINA_ADMIN, GIORGIO_GLOBEX, GIORGIO_ID, "Globex private", 3);
    }

    List<Map<String, Object>> list(MutableHttpRequest<?> request) {
        return http.toBlocking()
                .retrieve(
                        request,
                        io.micronaut.core.type.Argument.listOf(
                                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> clients(Map<String, Object> portfolio) {
        return (List<Map<String, Object>>) portfolio.get("clients");
    }

    @SuppressWarnings("unchecked")
    static String alias(Map<String, Object> client) {
        return (String) ((Map<String, Object>) client.get("company")).get("alias");
    }

    Map<String, Object> engagementOf(String user, String companyAlias) {
        return list(get(user, "/api/v1/engagements")).stream()
                .filter(e -> alias(e).equals(companyAlias))
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    static double score(Map<String, Object> closedResult, String dimension) {
        return ((List<Map<String, Object>>) closedResult.get("dimensions"))
                .stream()
                        .filter(d -> d.get("key").equals(dimension))
                        .map(d -> ((Number) d.get("score")).doubleValue())
                        .findFirst()
                        .orElseThrow();
    }

    int status(MutableHttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request));
        assertEquals(
                "application/problem+json",
                e.getResponse().getContentType().map(Object::toString).orElse(""));
        return e.getStatus().getCode();
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void grantAcceptCompareAndRevoke() {
        // the company picks a consultancy from the directory
        List<Map<String, Object>> consultancies = list(get(ANNA_ADMIN, "/api/v1/consultancies"));
        assertTrue(consultancies.stream().anyMatch(c -> c.get("alias").equals("bright")));
        assertTrue(consultancies.stream().noneMatch(c -> c.get("alias").equals("globex")), "companies are not listed");

        // no grant: carla sees nothing of acme
        assertTrue(clients(call(get(CARLA_CONSULTANT, "/api/v1/portfolio"))).stream()
                .noneMatch(c -> alias(c).equals("acme")));
        assertNull(engagementOf(CARLA_CONSULTANT, "acme"));

        // acme grants all its results: pending until bright accepts, and pending shows nothing
        Map<String, Object> granted = call(post(ANNA_ADMIN, "/api/v1/engagements", Map.of("consultancy", "bright")));
        assertEquals("PENDING", granted.get("status"));
        assertEquals(true, granted.get("allAssessments"));
        long acmeClient = ((Number) granted.get("id")).longValue();
        assertEquals("PENDING", engagementOf(CARLA_CONSULTANT, "acme").get("status"));
        assertTrue(clients(call(get(CARLA_CONSULTANT, "/api/v1/portfolio"))).stream()
                .noneMatch(c -> alias(c).equals("acme")));
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + acmeClient + "/trend")));
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare?clients=" + acmeClient)));

        Map<String, Object> accepted =
                call(post(CARLA_CONSULTANT, "/api/v1/engagements/" + acmeClient + "/accept", Map.of()));
        assertEquals("ACTIVE", accepted.get("status"));
        assertEquals(409, status(post(CARLA_CONSULTANT, "/api/v1/engagements/" + acmeClient + "/accept", Map.of())));
        assertEquals("ACTIVE", engagementOf(ANNA_ADMIN, "acme").get("status"), "the company sees it active");

        // globex grants only one of its two closed assessments
        Map<String, Object> globexGrant = call(post(
                GINA_ADMIN,
                "/api/v1/engagements",
                Map.of("consultancy", "bright", "assessmentIds", List.of(globexShared))));
        assertEquals(false, globexGrant.get("allAssessments"));
        assertEquals(
                List.of(Map.of("id", (int) globexShared, "title", "Globex shared")), globexGrant.get("assessments"));
        long globexClient = ((Number) globexGrant.get("id")).longValue();
        call(post(CARLA_CONSULTANT, "/api/v1/engagements/" + globexClient + "/accept", Map.of()));

        // portfolio: latest visible closed result of each client, sortable
        Map<String, Object> portfolio = call(get(CARLA_CONSULTANT, "/api/v1/portfolio?sort=overall&order=desc"));
        List<Map<String, Object>> cs = clients(portfolio);
        Map<String, Object> acme =
                cs.stream().filter(c -> alias(c).equals("acme")).findFirst().orElseThrow();
        Map<String, Object> globex =
                cs.stream().filter(c -> alias(c).equals("globex")).findFirst().orElseThrow();
        Map<String, Object> acmeLatest = (Map<String, Object>) acme.get("latest");
        Map<String, Object> globexLatest = (Map<String, Object>) globex.get("latest");
        assertEquals(acmeNew, ((Number) acmeLatest.get("assessmentId")).longValue());
        assertEquals(
                globexShared,
                ((Number) globexLatest.get("assessmentId")).longValue(),
                "globex's newer assessment was not shared, so the shared one is its latest visible result");
        assertEquals(6, ((List<?>) acmeLatest.get("dimensions")).size());
        List<Double> overalls = cs.stream()
                .map(c -> (Map<String, Object>) c.get("latest"))
                .filter(Objects::nonNull)
                .map(l -> ((Number) l.get("overallScore")).doubleValue())
                .toList();
        assertEquals(
                overalls.stream().sorted(java.util.Comparator.reverseOrder()).toList(),
                overalls,
                "sorted by overall, descending");
        List<Map<String, Object>> byName = clients(call(get(CARLA_CONSULTANT, "/api/v1/portfolio?sort=name")));
        assertEquals(
                byName.stream()
                        .map(c -> ((String) ((Map<String, Object>) c.get("company")).get("name")).toLowerCase())
                        .sorted()
                        .toList(),
                byName.stream()
                        .map(c -> ((String) ((Map<String, Object>) c.get("company")).get("name")).toLowerCase())
                        .toList());
        assertEquals(400, status(get(CARLA_CONSULTANT, "/api/v1/portfolio?order=sideways")));

        // comparison: deltas to the first client and the benchmark
        Map<String, Object> comparison =
                call(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare?clients=" + acmeClient + "," + globexClient));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) comparison.get("rows");
        assertEquals("overall", rows.get(0).get("key"));
        assertEquals(7, rows.size(), "overall and the six dimensions");
        Map<String, Object> marketingRow = rows.stream()
                .filter(r -> r.get("key").equals("marketing"))
                .findFirst()
                .orElseThrow();
        List<Map<String, Object>> values = (List<Map<String, Object>>) marketingRow.get("values");
        assertEquals(acmeClient, ((Number) values.get(0).get("clientId")).longValue());
        assertEquals(0.0, ((Number) values.get(0).get("deltaToFirst")).doubleValue());
        double expected = Math.round((score(globexLatest, "marketing") - score(acmeLatest, "marketing")) * 100) / 100d;
        assertEquals(expected, ((Number) values.get(1).get("deltaToFirst")).doubleValue());
        assertNotNull(comparison.get("benchmark"));
        assertEquals(
                "ALL",
                ((Map<String, Object>) ((Map<String, Object>) comparison.get("benchmark")).get("segment")).get("type"));
        assertEquals(400, status(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare?clients=1,2,3,4,5,6,7,8,9,10,11")));
        assertEquals(
                400,
                status(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare?clients=" + acmeClient + "&segment=planet:x")));

        // trend: acme's closed results over time with the change per dimension; globex's only the shared one
        Map<String, Object> trend = call(get(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + acmeClient + "/trend"));
        List<Map<String, Object>> history =
                (List<Map<String, Object>>) ((Map<String, Object>) trend.get("history")).get("results");
        List<Long> ids = history.stream()
                .map(r -> ((Number) r.get("assessmentId")).longValue())
                .toList();
        assertTrue(ids.indexOf(acmeOld) >= 0 && ids.indexOf(acmeOld) < ids.indexOf(acmeNew), "oldest first: " + ids);
        Map<String, Object> newest = history.get(ids.indexOf(acmeNew));
        Map<String, Object> before = history.get(ids.indexOf(acmeNew) - 1);
        Map<String, Object> marketingPoint = ((List<Map<String, Object>>) newest.get("dimensions"))
                .stream()
                        .filter(d -> d.get("key").equals("marketing"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                Math.round((score(newest, "marketing") - score(before, "marketing")) * 100) / 100d,
                ((Number) marketingPoint.get("change")).doubleValue());
        List<Map<String, Object>> globexTrend = (List<Map<String, Object>>) ((Map<String, Object>)
                        call(get(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + globexClient + "/trend"))
                                .get("history"))
                .get("results");
        assertTrue(globexTrend.stream().allMatch(r -> ((Number) r.get("assessmentId")).longValue() == globexShared));
        assertFalse(globexTrend.toString().contains("Globex private"));

        // revoke: from the next request on carla sees nothing of acme
        assertEquals(
                "REVOKED",
                call(delete(ANNA_ADMIN, "/api/v1/engagements/" + acmeClient)).get("status"));
        assertTrue(clients(call(get(CARLA_CONSULTANT, "/api/v1/portfolio"))).stream()
                .noneMatch(c -> alias(c).equals("acme")));
        assertNull(engagementOf(CARLA_CONSULTANT, "acme"), "a revoked engagement is not listed to the consultancy");
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + acmeClient + "/trend")));
        assertEquals(
                404,
                status(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare?clients=" + acmeClient + "," + globexClient)));
        assertEquals(404, status(post(CARLA_CONSULTANT, "/api/v1/engagements/" + acmeClient + "/accept", Map.of())));
        assertEquals(
                "REVOKED", engagementOf(ANNA_ADMIN, "acme").get("status"), "the company keeps seeing its ended grant");

        // granting again starts over as pending
        assertEquals(
                "PENDING",
                call(post(ANNA_ADMIN, "/api/v1/engagements", Map.of("consultancy", "bright")))
                        .get("status"));
        assertTrue(clients(call(get(CARLA_CONSULTANT, "/api/v1/portfolio"))).stream()
                .noneMatch(c -> alias(c).equals("acme")));
        call(post(CARLA_CONSULTANT, "/api/v1/engagements/" + acmeClient + "/decline", Map.of()));
        assertEquals("DECLINED", engagementOf(ANNA_ADMIN, "acme").get("status"));
    }

    @Test
    @Order(2)
    void anotherConsultancyAndOutsidersSeeNothing() {
        // globex's active engagement with bright from the first test
        Map<String, Object> globexGrant = engagementOf(GINA_ADMIN, "globex");
        assertNotNull(globexGrant);
        assertEquals("ACTIVE", globexGrant.get("status"));
        long client = ((Number) globexGrant.get("id")).longValue();
        String portfolio = call(get(CARLA_CONSULTANT, "/api/v1/portfolio")).toString();
        assertTrue(portfolio.contains("globex"), "carla does see it");

        // rita (another consultancy): nothing listed, nothing readable, nothing she can accept or decline
        assertTrue(list(get(RITA, "/api/v1/engagements")).isEmpty());
        assertTrue(clients(call(get(RITA, "/api/v1/portfolio"))).isEmpty());
        assertEquals(404, status(get(RITA, "/api/v1/portfolio/compare?clients=" + client)));
        assertEquals(404, status(get(RITA, "/api/v1/portfolio/clients/" + client + "/trend")));
        assertEquals(404, status(post(RITA, "/api/v1/engagements/" + client + "/accept", Map.of())));
        assertEquals(404, status(post(RITA, "/api/v1/engagements/" + client + "/decline", Map.of())));
        assertEquals(403, status(delete(RITA, "/api/v1/engagements/" + client)));
        assertEquals(403, status(get(RITA, "/api/v1/history")));
        assertEquals(404, status(get(RITA, "/api/v1/assessments/" + globexShared + "/benchmark")));
        assertEquals(404, status(get(RITA, "/api/v1/assessments/" + globexShared + "/results")));

        // carla herself cannot reach what was not shared, nor the company side
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/assessments/" + globexPrivate + "/benchmark")));
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/assessments/" + globexShared + "/results")));
        assertEquals(403, status(post(CARLA_CONSULTANT, "/api/v1/engagements", Map.of("consultancy", "bright"))));
        assertEquals(403, status(delete(CARLA_CONSULTANT, "/api/v1/engagements/" + client)));
        assertEquals(403, status(get(CARLA_CONSULTANT, "/api/v1/consultancies")));
        assertEquals(403, status(get(CARLA_CONSULTANT, "/api/v1/history")));

        // another company's admin: cannot see, revoke or take over globex's engagement
        assertTrue(list(get(ANNA_ADMIN, "/api/v1/engagements")).stream().noneMatch(e -> alias(e).equals("globex")));
        assertEquals(404, status(delete(ANNA_ADMIN, "/api/v1/engagements/" + client)));
        assertEquals(403, status(get(ANNA_ADMIN, "/api/v1/portfolio")));
        assertEquals(403, status(get(ANNA_ADMIN, "/api/v1/portfolio/compare?clients=" + client)));
        assertEquals(403, status(get(ANNA_ADMIN, "/api/v1/portfolio/clients/" + client + "/trend")));
        assertEquals(403, status(post(ANNA_ADMIN, "/api/v1/engagements/" + client + "/accept", Map.of())));
        assertEquals(404, status(get(ANNA_ADMIN, "/api/v1/assessments/" + globexShared + "/benchmark")));
        assertFalse(call(get(ANNA_ADMIN, "/api/v1/history")).toString().contains("Globex"));
        assertEquals(
                400,
                status(post(
                        ANNA_ADMIN,
                        "/api/v1/engagements",
                        Map.of("consultancy", "bright", "assessmentIds", List.of(globexShared)))),
                "another company's assessment");
        assertEquals(
                400,
                status(post(ANNA_ADMIN, "/api/v1/engagements", Map.of("consultancy", "globex"))),
                "not a consultancy");

        // a respondent: no engagements, no portfolio, no history
        for (MutableHttpRequest<?> r : List.of(
                get(MARCO_MARKETING, "/api/v1/engagements"),
                post(MARCO_MARKETING, "/api/v1/engagements", Map.of("consultancy", "bright")),
                delete(MARCO_MARKETING, "/api/v1/engagements/" + client),
                get(MARCO_MARKETING, "/api/v1/portfolio"),
                get(MARCO_MARKETING, "/api/v1/portfolio/clients/" + client + "/trend"),
                get(MARCO_MARKETING, "/api/v1/history"),
                get(MARCO_MARKETING, "/api/v1/consultancies"))) {
            assertEquals(403, status(r), r.getPath());
        }

        // nothing changed for carla
        assertEquals(portfolio, call(get(CARLA_CONSULTANT, "/api/v1/portfolio")).toString());
        assertEquals("ACTIVE", engagementOf(GINA_ADMIN, "globex").get("status"));
    }

    @Test
    @Order(3)
    void everyEndpointNeedsAToken() {
        for (String path : List.of(
                "/api/v1/engagements",
                "/api/v1/portfolio",
                "/api/v1/portfolio/compare?clients=1",
                "/api/v1/portfolio/clients/1/trend",
                "/api/v1/consultancies",
                "/api/v1/history",
                "/api/v1/benchmarks?version=1",
                "/api/v1/assessments/1/benchmark")) {
            assertProblem(401, () -> http.toBlocking().exchange(io.micronaut.http.HttpRequest.GET(path)));
        }
    }
}
