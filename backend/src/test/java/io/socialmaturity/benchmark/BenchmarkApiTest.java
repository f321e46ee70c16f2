package io.socialmaturity.benchmark;

import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Assessments;
import io.socialmaturity.testing.IndustryCompanies;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks over HTTP with real tokens: six companies of one industry (unique per run, so the segment holds
 * exactly them) close assessments one by one. With 4 companies there is no figure, with 5 there is, each
 * company counts once (its latest closed assessment), and the figures equal values computed by hand.
 *
 * <p>Every respondent answers every question with the same option, so the company's marketing score is that
 * option's score: 0, 35, 70 or 100 in the default framework.
 */
@MicronautTest(transactional = false)
class BenchmarkApiTest extends ApiTest {

    static final int COMPANIES = 6;

    @Inject
    TenantService tenants;

    final String industry = "kanon-" + Long.toString(System.currentTimeMillis(), 36);
    List<String> admins;
    List<String> adminIds;

    @BeforeAll
    void companiesOfOneIndustry() throws Exception {
        IndustryCompanies companies =
                IndustryCompanies.create(tenants, "kanon", "K-anonymity test company", COMPANIES, industry);
        admins = companies.admins();
        adminIds = companies.adminIds();
    }

    long close(int company, int optionIndex) {
        String admin = admins.get(company - 1);
        return Assessments.closeWithAnswers(
                http, admin, admin, adminIds.get(company - 1), "Benchmark " + company, optionIndex);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> marketing(String user) {
        Map<String, Object> stats =
                call(get(user, "/api/v1/benchmarks?framework=socially-enabled&version=1&segment=industry:" + industry));
        assertEquals(5, stats.get("minimumCompanies"));
        return ((List<Map<String, Object>>) stats.get("dimensions"))
                .stream()
                        .filter(d -> d.get("key").equals("marketing"))
                        .findFirst()
                        .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> ownSegment(String admin, long assessmentId) {
        Map<String, Object> b = call(get(admin, "/api/v1/assessments/" + assessmentId + "/benchmark"));
        List<Map<String, Object>> segments = (List<Map<String, Object>>) b.get("segments");
        assertEquals(
                "ALL",
                ((Map<String, Object>) ((Map<String, Object>) segments.get(0).get("stats")).get("segment"))
                        .get("type"));
        assertEquals(2, segments.size(), "the population and the company's industry (it has no size band or country)");
        return segments.get(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void figuresOnlyFromFiveCompaniesAndEqualToHandComputedValues() {
        long first = close(1, 0);
        // the company's own result confirms the premise: all answers at option 0 give a marketing score of 0
        Map<String, Object> results = call(get(admins.get(0), "/api/v1/assessments/" + first + "/results"));
        Map<String, Object> marketingResult = ((List<Map<String, Object>>)
                        ((Map<String, Object>) results.get("result")).get("dimensions"))
                .stream()
                        .filter(d -> d.get("key").equals("marketing"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(0.0, ((Number) ((Map<String, Object>) marketingResult.get("all")).get("score")).doubleValue());
        close(2, 1);
        close(3, 1);
        close(4, 2); // marketing scores 0, 35, 35, 70: four companies

        Map<String, Object> four = marketing(admins.get(0));
        assertEquals(false, four.get("enoughData"));
        assertNull(four.get("companies"), "not even the count below the minimum");
        assertNull(four.get("p25"));
        assertNull(four.get("median"));
        assertNull(four.get("p75"));
        Map<String, Object> own = ownSegment(admins.get(0), first);
        assertTrue(
                ((List<Map<String, Object>>) own.get("positions")).stream().allMatch(p -> p.get("position") == null));
        assertFalse(own.toString().contains("35.0"), "no figure of the segment anywhere: " + own);

        long fifth = close(5, 3); // 0, 35, 35, 70, 100
        Map<String, Object> five = marketing(admins.get(0));
        assertEquals(true, five.get("enoughData"));
        assertEquals(5, five.get("companies"));
        assertEquals(35.0, ((Number) five.get("p25")).doubleValue());
        assertEquals(35.0, ((Number) five.get("median")).doubleValue());
        assertEquals(70.0, ((Number) five.get("p75")).doubleValue());
        assertEquals("TOP_QUARTER", position(ownSegment(admins.get(4), fifth), "marketing"));
        assertEquals("BOTTOM_QUARTER", position(ownSegment(admins.get(0), first), "marketing"));

        long again = close(5, 0); // company 5 counts once, with its latest: 0, 0, 35, 35, 70
        Map<String, Object> replaced = marketing(admins.get(0));
        assertEquals(5, replaced.get("companies"));
        assertEquals(0.0, ((Number) replaced.get("p25")).doubleValue());
        assertEquals(35.0, ((Number) replaced.get("median")).doubleValue());
        assertEquals(35.0, ((Number) replaced.get("p75")).doubleValue());
        assertEquals("LOWER_MIDDLE", position(ownSegment(admins.get(4), again), "marketing"));

        close(6, 3); // 0, 0, 35, 35, 70, 100: h = 1.25, 2.5, 3.75
        Map<String, Object> six = marketing(admins.get(5));
        assertEquals(6, six.get("companies"));
        assertEquals(8.75, ((Number) six.get("p25")).doubleValue());
        assertEquals(35.0, ((Number) six.get("median")).doubleValue());
        assertEquals(61.25, ((Number) six.get("p75")).doubleValue());

        // the company's history shows both of its closed assessments in order and the change between them
        // (an earlier run's assessments of the same test company may precede them: the database is kept)
        Map<String, Object> history = call(get(admins.get(4), "/api/v1/history"));
        List<Map<String, Object>> rs = (List<Map<String, Object>>) history.get("results");
        List<Long> ids = rs.stream()
                .map(r -> ((Number) r.get("assessmentId")).longValue())
                .toList();
        assertEquals(ids.size() - 2, ids.indexOf(fifth), "oldest first: " + ids);
        assertEquals(ids.size() - 1, ids.indexOf(again), "oldest first: " + ids);
        Map<String, Object> change = ((List<Map<String, Object>>)
                        rs.get(ids.indexOf(again)).get("dimensions"))
                .stream()
                        .filter(d -> d.get("key").equals("marketing"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(-100.0, ((Number) change.get("change")).doubleValue());
        assertNull(
                ((List<Map<String, Object>>) rs.get(0).get("dimensions")).get(0).get("change"),
                "nothing before the first");
        // another company's history does not show it
        assertTrue(historyIds(admins.get(4)).contains(fifth), "the check finds it in its own company's history");
        assertFalse(historyIds(admins.get(0)).contains(fifth), "another company's history does not show it");
    }

    /** The assessment ids in the caller's history. */
    @SuppressWarnings("unchecked")
    private List<Long> historyIds(String admin) {
        List<Map<String, Object>> results =
                (List<Map<String, Object>>) call(get(admin, "/api/v1/history")).get("results");
        return results.stream()
                .map(r -> ((Number) r.get("assessmentId")).longValue())
                .toList();
    }

    @SuppressWarnings("unchecked")
    static String position(Map<String, Object> placement, String dimension) {
        return (String) ((List<Map<String, Object>>) placement.get("positions"))
                .stream()
                        .filter(p -> p.get("key").equals(dimension))
                        .findFirst()
                        .orElseThrow()
                        .get("position");
    }

    @Test
    void badQueriesAreProblems() {
        assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(get(admins.get(0), "/api/v1/benchmarks?version=1&segment=planet:mars")));
        assertProblem(400, () -> http.toBlocking().exchange(get(admins.get(0), "/api/v1/benchmarks?segment=all")));
        assertProblem(404, () -> http.toBlocking().exchange(get(admins.get(0), "/api/v1/benchmarks?version=99")));
    }
}
