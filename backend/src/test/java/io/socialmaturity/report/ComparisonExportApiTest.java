package io.socialmaturity.report;

import static io.socialmaturity.report.ReportApiTest.assertContains;
import static io.socialmaturity.report.ReportApiTest.assertNumber;
import static io.socialmaturity.report.ReportApiTest.pages;
import static io.socialmaturity.report.ReportApiTest.parse;
import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Assessments;
import io.socialmaturity.testing.KeycloakFixtures;
import io.socialmaturity.testing.TestDatabase;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A consultant's comparison exported as CSV and PDF over HTTP, with real tokens and the real database: acme and
 * globex grant Bright access and carla exports the comparison of both. The CSV parses back into the numbers of
 * the comparison API, the PDF's text is checked in English and Italian and its first page rendered to PNG; a
 * consultant of another consultancy, a company's users and carla without an active grant get nothing.
 */
@MicronautTest(transactional = false)
class ComparisonExportApiTest extends ApiTest {

    static final String RITA = "rita.rival@rival.example";
    static final String FORMULA_TITLE = "=1+1 Globex review";

    @Inject
    TenantService tenants;

    long acmeClient;
    long globexClient;
    Map<String, Object> comparison;

    @BeforeAll
    void acmeAndGlobexShareTheirResultsWithBright() {
        String org = KeycloakFixtures.ensureOrganization("rival", "Rival Consulting");
        String rita = KeycloakFixtures.ensureMember(org, RITA, "other");
        KeycloakFixtures.ensureRealmRole(rita, "consultant");
        tenants.ensure("rival", "Rival Consulting", TenantKind.CONSULTANCY, "consulting", "10-49", "FR");
        Assessments.closeWithAnswers(http, ANNA_ADMIN, MARCO_MARKETING, MARCO_ID, "Acme for the comparison", 2);
        Assessments.closeWithAnswers(http, GINA_ADMIN, GIORGIO_GLOBEX, GIORGIO_ID, FORMULA_TITLE, 1);
        acmeClient = activeGrant(ANNA_ADMIN);
        globexClient = activeGrant(GINA_ADMIN);
        comparison =
                call(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare?clients=" + acmeClient + "," + globexClient));
    }

    /** The company grants Bright all its results (afresh) and carla accepts; returns the engagement (client) id. */
    long activeGrant(String admin) {
        Map<String, Object> granted = call(post(admin, "/api/v1/engagements", Map.of("consultancy", "bright")));
        long id = ((Number) granted.get("id")).longValue();
        if ("PENDING".equals(granted.get("status"))) {
            call(post(CARLA_CONSULTANT, "/api/v1/engagements/" + id + "/accept", Map.of()));
        }
        return id;
    }

    HttpResponse<byte[]> export(String user, String file, String query) {
        return http.toBlocking()
                .exchange(
                        get(user, "/api/v1/portfolio/" + file + "?clients=" + acmeClient + "," + globexClient + query),
                        byte[].class);
    }

    // ------------------------------------------------------------------ CSV

    @Test
    @SuppressWarnings("unchecked")
    void theCsvParsesBackIntoTheNumbersOfTheComparisonApi() throws IOException {
        HttpResponse<byte[]> response = export(CARLA_CONSULTANT, "compare.csv", "&lang=en");
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/csv"));
        assertTrue(response.header(HttpHeaders.CONTENT_DISPOSITION)
                .startsWith("attachment; filename=\"social-maturity-comparison"));
        List<CSVRecord> rows = parse(response.body());
        assertEquals(ExportTables.COMPARISON_HEADER, rows.get(0).getParser().getHeaderNames());

        List<Map<String, Object>> clients = (List<Map<String, Object>>) comparison.get("clients");
        List<Map<String, Object>> compared = (List<Map<String, Object>>) comparison.get("rows");
        assertEquals(2, clients.size());
        assertEquals(clients.size() * compared.size(), rows.size(), "one row per client × compared row");
        int at = 0;
        for (int c = 0; c < clients.size(); c++) {
            Map<String, Object> client = clients.get(c);
            Map<String, Object> company = (Map<String, Object>) client.get("company");
            Map<String, Object> latest = (Map<String, Object>) client.get("latest");
            for (Map<String, Object> row : compared) {
                CSVRecord csv = rows.get(at++);
                Map<String, Object> value = ((List<Map<String, Object>>) row.get("values")).get(c);
                String what = company.get("alias") + "/" + row.get("key");
                assertEquals(String.valueOf(client.get("clientId")), csv.get("client_id"), what);
                assertEquals(company.get("alias"), csv.get("company_alias"), what);
                assertEquals(company.get("name"), csv.get("company"), what);
                assertEquals(String.valueOf(latest.get("assessmentId")), csv.get("assessment_id"), what);
                assertEquals(row.get("key"), csv.get("dimension_key"), what);
                assertNumber(value.get("score"), csv.get("score"), what + " score");
                assertNumber(value.get("deltaToFirst"), csv.get("delta_to_first"), what + " delta to first");
                assertNumber(row.get("median"), csv.get("median"), what + " median");
                assertNumber(value.get("deltaToMedian"), csv.get("delta_to_median"), what + " delta to median");
                assertEquals("all", csv.get("benchmark_segment"));
            }
        }
        assertEquals("overall", rows.get(0).get("dimension_key"));
        assertEquals("Marketing", rows.get(1).get("dimension"));
        // the scores really are there (the premise of the comparison), and globex's title is neutralised
        assertTrue(rows.stream()
                .filter(r -> r.get("company_alias").equals("acme"))
                .allMatch(r -> !r.get("score").isEmpty()));
        assertTrue(
                rows.stream()
                        .filter(r -> r.get("company_alias").equals("globex"))
                        .allMatch(r -> r.get("assessment").equals("'" + FORMULA_TITLE)),
                "formula neutralised");
        // the Italian file names the dimensions in Italian, with the same numbers
        List<CSVRecord> italian =
                parse(export(CARLA_CONSULTANT, "compare.csv", "&lang=it").body());
        assertEquals(rows.size(), italian.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).get("score"), italian.get(i).get("score"));
        }
        assertNotEquals(
                rows.get(3).get("dimension"), italian.get(3).get("dimension"), "dimension names are translated");
    }

    @Test
    void theXlsxHasTheCsvsColumnsAndValuesAndIsAudited() throws IOException {
        for (String lang : List.of("en", "it")) {
            HttpResponse<byte[]> xlsx = export(CARLA_CONSULTANT, "compare.xlsx", "&lang=" + lang);
            assertTrue(xlsx.header(HttpHeaders.CONTENT_DISPOSITION).endsWith("comparison.xlsx\""));
            int numbers = XlsxAssert.sameAsCsv(
                    xlsx.body(),
                    export(CARLA_CONSULTANT, "compare.csv", "&lang=" + lang).body());
            assertTrue(numbers > 10, "ids, versions and scores are number cells: " + numbers);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> acme = (List<Map<String, Object>>)
                call(get(ANNA_ADMIN, "/api/v1/audit?size=50")).get("items");
        assertTrue(
                acme.stream()
                        .anyMatch(e -> "engagement.exported".equals(e.get("action"))
                                && e.get("details").toString().contains("compare.xlsx")),
                acme.toString());
    }

    // ------------------------------------------------------------------ PDF

    @Test
    @SuppressWarnings("unchecked")
    void theEnglishPdfShowsEveryClientScoreAndDifference() throws IOException {
        HttpResponse<byte[]> response = export(CARLA_CONSULTANT, "compare.pdf", "&lang=en");
        assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            List<String> pages = pages(pdf);
            render(pdf, "comparison-en");
            String all = String.join("", pages);
            assertContains(
                    pages.get(0),
                    "Comparison of clients",
                    "Bright",
                    "Compared clients",
                    "Acme Manufacturing",
                    "Acme for the comparison",
                    FORMULA_TITLE,
                    "Dimension scores by client",
                    "Benchmark group",
                    "All companies",
                    "page 1 of " + pdf.getNumberOfPages());
            assertContains(
                    all,
                    "Scores and difference to the first client",
                    "Difference to the median",
                    "Marketing",
                    "Overall score");
            assertFalse(all.contains("??"), "no missing message key");
            // every score of the comparison API is printed as the report writes numbers
            for (Map<String, Object> row : (List<Map<String, Object>>) comparison.get("rows")) {
                for (Map<String, Object> value : (List<Map<String, Object>>) row.get("values")) {
                    if (value.get("score") != null) {
                        assertContains(all, ReportApiTest.formatted(value.get("score"), 1));
                    }
                }
                if (row.get("median") != null) {
                    assertContains(all, ReportApiTest.formatted(row.get("median"), 1));
                }
            }
            Map<String, Object> overall = ((List<Map<String, Object>>) comparison.get("rows")).get(0);
            double delta = ((Number) ((List<Map<String, Object>>) overall.get("values"))
                            .get(1)
                            .get("deltaToFirst"))
                    .doubleValue();
            String signed = (delta > 0 ? "+" : delta < 0 ? "−" : "") + ReportApiTest.formatted(Math.abs(delta), 1);
            assertContains(all, signed);
            assertEquals(
                    "Comparison of clients – Bright Advisors",
                    pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void theItalianPdfIsInItalian() throws IOException {
        HttpResponse<byte[]> response = http.toBlocking()
                .exchange(
                        get(
                                        CARLA_CONSULTANT,
                                        "/api/v1/portfolio/compare.pdf?clients=" + acmeClient + "," + globexClient)
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "it-IT,it;q=0.9"),
                        byte[].class);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            List<String> pages = pages(pdf);
            render(pdf, "comparison-it");
            String all = String.join("", pages);
            assertContains(
                    pages.get(0),
                    "Confronto tra clienti",
                    "Clienti confrontati",
                    "Gruppo di confronto",
                    "Tutte le aziende",
                    "Punteggi per dimensione e cliente",
                    "pagina 1 di");
            assertContains(
                    all,
                    "Punteggi e differenza rispetto al primo cliente",
                    "Differenza rispetto alla mediana",
                    "Punteggio complessivo");
            assertFalse(all.contains("Scores and difference"));
            assertFalse(all.contains("??"), "no missing message key");
        }
        assertEquals(200, export(CARLA_CONSULTANT, "compare.pdf", "&lang=it").code());
        assertProblem(400, () -> export(CARLA_CONSULTANT, "compare.pdf", "&lang=de"));
    }

    // ------------------------------------------------------------------ rules

    @Test
    void theComparisonsRulesApplyToBothExports() {
        for (String file : List.of("compare.csv", "compare.pdf", "compare.xlsx")) {
            // another consultancy: not found; a company's users: not for them
            assertEquals(404, status(get(RITA, "/api/v1/portfolio/" + file + "?clients=" + acmeClient)));
            assertEquals(
                    404,
                    status(get(RITA, "/api/v1/portfolio/" + file + "?clients=" + acmeClient + "," + globexClient)));
            assertEquals(403, status(get(ANNA_ADMIN, "/api/v1/portfolio/" + file + "?clients=" + acmeClient)));
            assertEquals(403, status(get(MARCO_MARKETING, "/api/v1/portfolio/" + file + "?clients=" + acmeClient)));
            // an engagement id that is not carla's active client (a revoked one is tested below)
            assertEquals(
                    404,
                    status(get(CARLA_CONSULTANT, "/api/v1/portfolio/" + file + "?clients=" + acmeClient + ",999999")));
            // at most 10 clients, at least one, a known segment
            assertEquals(
                    400,
                    status(get(CARLA_CONSULTANT, "/api/v1/portfolio/" + file + "?clients=1,2,3,4,5,6,7,8,9,10,11")));
            assertEquals(
                    400,
                    status(get(
                            CARLA_CONSULTANT,
                            "/api/v1/portfolio/" + file + "?clients=" + acmeClient + "&segment=planet:x")));
            assertEquals(400, status(get(CARLA_CONSULTANT, "/api/v1/portfolio/" + file)));
            assertEquals(
                    401,
                    assertThrows(
                                    HttpClientResponseException.class,
                                    () -> http.toBlocking()
                                            .exchange(
                                                    io.micronaut.http.HttpRequest.GET(
                                                            "/api/v1/portfolio/" + file + "?clients=" + acmeClient),
                                                    byte[].class))
                            .getStatus()
                            .getCode());
        }
    }

    @Test
    void exportsAreAuditedInTheConsultancysAndTheClientsTrails() throws Exception {
        export(CARLA_CONSULTANT, "compare.csv", "");
        export(CARLA_CONSULTANT, "compare.pdf", "&lang=it");
        Map<String, String> db = TestDatabase.properties();
        try (Connection c = DriverManager.getConnection(
                        db.get("datasources.default.url"),
                        db.get("datasources.default.username"),
                        db.get("datasources.default.password"));
                PreparedStatement s =
                        c.prepareStatement("SELECT a.entity_id, a.details FROM audit_event a JOIN tenant t"
                                + " ON t.id = a.tenant_id WHERE t.alias = 'bright' AND a.action = 'portfolio.exported'"
                                + " ORDER BY a.id DESC LIMIT 2")) {
            List<String> details = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertEquals(acmeClient + "," + globexClient, rs.getString(1));
                    details.add(rs.getString(2));
                }
            }
            assertEquals(2, details.size(), details.toString());
            assertTrue(details.get(0).contains("compare.pdf") && details.get(0).contains("\"it\""), details.get(0));
            assertTrue(
                    details.get(1).contains("compare.csv")
                            && details.get(1).contains("\"acme\"")
                            && details.get(1).contains("\"globex\""),
                    details.get(1));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> acme = (List<Map<String, Object>>)
                call(get(ANNA_ADMIN, "/api/v1/audit?size=50")).get("items");
        assertTrue(
                acme.stream()
                        .anyMatch(e -> "engagement.exported".equals(e.get("action"))
                                && String.valueOf(acmeClient).equals(e.get("entityId"))
                                && e.get("details").toString().contains("bright")),
                acme.toString());
    }

    @Test
    void aRevokedGrantEndsTheExportsOnTheNextRequest() {
        // a company of its own, so revoking does not disturb the other tests
        String org = KeycloakFixtures.ensureOrganization("exrev", "Export Revoke Test Company");
        String admin = "admin@exrev.example";
        String adminId = KeycloakFixtures.ensureMember(org, admin, "marketing");
        KeycloakFixtures.ensureRealmRole(adminId, "tenant-admin");
        tenants.ensure("exrev", "Export Revoke Test Company", TenantKind.COMPANY, null, null, null);
        Assessments.closeWithAnswers(http, admin, admin, adminId, "Revoke me", 1);
        long client = activeGrant(admin);
        assertEquals(
                200,
                http.toBlocking()
                        .exchange(
                                get(CARLA_CONSULTANT, "/api/v1/portfolio/compare.csv?clients=" + client), byte[].class)
                        .code());
        call(delete(admin, "/api/v1/engagements/" + client));
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare.csv?clients=" + client)));
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare.pdf?clients=" + client)));
    }

    // ------------------------------------------------------------------ helpers

    int status(MutableHttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, byte[].class));
        assertEquals(
                "application/problem+json",
                e.getResponse().getContentType().map(Object::toString).orElse(""),
                request.getPath());
        return e.getStatus().getCode();
    }

    static void render(PDDocument pdf, String name) throws IOException {
        render(pdf, name, 0, pdf.getNumberOfPages());
    }

    static void render(PDDocument pdf, String name, int from, int to) throws IOException {
        Files.createDirectories(ReportApiTest.ARTIFACTS);
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int i = from; i < to; i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 100);
            ImageIO.write(
                    image,
                    "png",
                    ReportApiTest.ARTIFACTS
                            .resolve(name + "-page" + (i + 1) + ".png")
                            .toFile());
        }
    }
}
