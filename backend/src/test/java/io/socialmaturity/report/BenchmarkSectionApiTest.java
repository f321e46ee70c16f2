package io.socialmaturity.report;

import static io.socialmaturity.report.ReportApiTest.assertContains;
import static io.socialmaturity.report.ReportApiTest.pages;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Assessments;
import io.socialmaturity.testing.IndustryCompanies;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assessment report's "against other companies" page, over HTTP with real tokens: five companies of an
 * industry unique to this run close assessments one by one (as in the benchmark feature's own test). With four
 * the industry group says "not enough data" and prints no figure; with five it prints the quartiles the benchmark
 * API computes, and the company's position. The population group always agrees with the benchmark API.
 *
 * <p>Every respondent answers every question with the same option, so a company's marketing score is that
 * option's score: 0, 35, 70 or 100 in the default framework.
 */
@MicronautTest(transactional = false)
class BenchmarkSectionApiTest extends ApiTest {

    static final int COMPANIES = 5;

    @Inject
    TenantService tenants;

    final String industry = "bsec-" + Long.toString(System.currentTimeMillis(), 36);
    List<String> admins;
    List<String> adminIds;

    @BeforeAll
    void companiesOfOneIndustry() throws Exception {
        IndustryCompanies companies =
                IndustryCompanies.create(tenants, "bsec", "Benchmark section company", COMPANIES, industry);
        admins = companies.admins();
        adminIds = companies.adminIds();
    }

    long close(int company, int optionIndex) {
        String admin = admins.get(company - 1);
        return Assessments.closeWithAnswers(
                http, admin, admin, adminIds.get(company - 1), "Benchmark section " + company, optionIndex);
    }

    /** The text of the report's benchmark page(s): from its title to the "how to read" page. */
    String benchmarkText(String admin, long assessmentId, String lang) throws IOException {
        byte[] body = http.toBlocking()
                .exchange(get(admin, "/api/v1/assessments/" + assessmentId + "/report.pdf?lang=" + lang), byte[].class)
                .body();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            List<String> pages = pages(pdf);
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i)
                        .contains(lang.equals("it") ? "Confronto con altre aziende" : "Against other companies")) {
                    ComparisonExportApiTest.render(pdf, "benchmark-" + lang + "-" + assessmentId, i, i + 1);
                }
            }
            String all = String.join("", pages).replaceAll("\\s+", " ");
            assertFalse(all.contains("??"), "no missing message key");
            String title = lang.equals("it") ? "Confronto con altre aziende" : "Against other companies";
            String next = lang.equals("it") ? "Come leggere questo report" : "How to read this report";
            int from = all.indexOf(title);
            assertTrue(from > 0, "the benchmark section is there");
            return all.substring(from, all.indexOf(next, from));
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> segment(String admin, long assessmentId, int index) {
        Map<String, Object> b = call(get(admin, "/api/v1/assessments/" + assessmentId + "/benchmark"));
        return ((List<Map<String, Object>>) b.get("segments")).get(index);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> dimension(Map<String, Object> segment, String key) {
        Map<String, Object> stats = (Map<String, Object>) segment.get("stats");
        return ((List<Map<String, Object>>) stats.get("dimensions"))
                .stream().filter(d -> d.get("key").equals(key)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void notEnoughDataBelowFiveCompaniesThenTheQuartilesOfTheBenchmarkApi() throws IOException {
        long first = close(1, 0);
        close(2, 1);
        close(3, 1);
        close(4, 2); // marketing scores 0, 35, 35, 70: four companies in the industry

        String four = benchmarkText(admins.get(0), first, "en");
        String industryPart = four.substring(four.indexOf("Industry: " + industry));
        assertContains(industryPart, "Not enough data: fewer than 5 companies in this group, so no figure is shown.");
        assertFalse(industryPart.contains("Median"), "no table for the industry: " + industryPart);
        assertFalse(industryPart.contains("35.0"), "no figure of the industry: " + industryPart);
        String fourIt = benchmarkText(admins.get(0), first, "it");
        assertContains(fourIt, "Settore: " + industry, "Dati insufficienti: meno di 5 aziende in questo gruppo");

        long fifth = close(5, 3); // 0, 35, 35, 70, 100: p25 35, median 35, p75 70
        Map<String, Object> marketing = dimension(segment(admins.get(4), fifth, 1), "marketing");
        assertEquals(true, marketing.get("enoughData"));
        assertEquals(35.0, ((Number) marketing.get("median")).doubleValue());
        String five = benchmarkText(admins.get(4), fifth, "en");
        String industryFive = five.substring(five.indexOf("Industry: " + industry));
        assertFalse(industryFive.contains("Not enough data: fewer"), industryFive);
        // marketing row: this company, lower quartile, median, upper quartile, companies, position
        assertContains(industryFive, "Marketing 100.0 35.0 35.0 70.0 5 Top quarter");
        String fiveIt = benchmarkText(admins.get(4), fifth, "it");
        assertContains(
                fiveIt.substring(fiveIt.indexOf("Settore: " + industry)),
                "Marketing 100,0 35,0 35,0 70,0 5 Quarto superiore");
        // the first company now sees the same figures and its own place
        assertContains(benchmarkText(admins.get(0), first, "en"), "Marketing 0.0 35.0 35.0 70.0 5 Bottom quarter");

        // the population (first group) says what the benchmark API says, whatever earlier tests left in the database
        Map<String, Object> population = segment(admins.get(4), fifth, 0);
        String populationPart = five.substring(five.indexOf("All companies"), five.indexOf("Industry: " + industry));
        Map<String, Object> popMarketing = dimension(population, "marketing");
        if (Boolean.TRUE.equals(popMarketing.get("enoughData"))) {
            // the report rounds like the results page (half away from zero: 61.25 is 61.3)
            assertContains(
                    populationPart,
                    "Marketing 100.0 " + one(popMarketing.get("p25")) + " " + one(popMarketing.get("median")) + " "
                            + one(popMarketing.get("p75")) + " " + popMarketing.get("companies"));
        } else {
            assertContains(populationPart, "Not enough data");
        }

        // a consultant comparing two of these companies against their industry gets the industry's medians
        List<Long> clients = new ArrayList<>();
        for (int company : List.of(1, 5)) {
            Map<String, Object> granted =
                    call(post(admins.get(company - 1), "/api/v1/engagements", Map.of("consultancy", "bright")));
            long id = ((Number) granted.get("id")).longValue();
            if ("PENDING".equals(granted.get("status"))) {
                call(post(
                        io.socialmaturity.testing.DemoUsers.CARLA_CONSULTANT,
                        "/api/v1/engagements/" + id + "/accept",
                        Map.of()));
            }
            clients.add(id);
        }
        String query = "?clients=" + clients.get(0) + "," + clients.get(1) + "&segment=industry:" + industry;
        Map<String, Object> comparison =
                call(get(io.socialmaturity.testing.DemoUsers.CARLA_CONSULTANT, "/api/v1/portfolio/compare" + query));
        Map<String, Object> marketingRow = ((List<Map<String, Object>>) comparison.get("rows"))
                .stream()
                        .filter(r -> r.get("key").equals("marketing"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(35.0, ((Number) marketingRow.get("median")).doubleValue());
        byte[] body = http.toBlocking()
                .exchange(
                        get(
                                io.socialmaturity.testing.DemoUsers.CARLA_CONSULTANT,
                                "/api/v1/portfolio/compare.pdf" + query + "&lang=en"),
                        byte[].class)
                .body();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            ComparisonExportApiTest.render(pdf, "comparison-industry-en", 0, pdf.getNumberOfPages());
            String all = String.join("", pages(pdf)).replaceAll("\\s+", " ");
            assertContains(
                    all,
                    "Industry: " + industry,
                    "Median (Industry: " + industry + ")",
                    // marketing: company 1 scores 0, company 5 100; median 35; differences to the median −35 and +65
                    "Marketing 0.0 100.0 +100.0 35.0",
                    "Marketing −35.0 +65.0");
        }
        java.util.List<org.apache.commons.csv.CSVRecord> csv = ReportApiTest.parse(http.toBlocking()
                .exchange(
                        get(
                                io.socialmaturity.testing.DemoUsers.CARLA_CONSULTANT,
                                "/api/v1/portfolio/compare.csv" + query),
                        byte[].class)
                .body());
        assertTrue(
                csv.stream()
                        .filter(r -> r.get("dimension_key").equals("marketing"))
                        .allMatch(r -> r.get("median").equals("35")
                                && r.get("benchmark_segment").equals("industry:" + industry)),
                csv.toString());
    }

    private static String one(Object value) {
        return io.socialmaturity.results.ResultDisplay.number(
                ((Number) value).doubleValue(), 1, java.util.Locale.ENGLISH);
    }
}
