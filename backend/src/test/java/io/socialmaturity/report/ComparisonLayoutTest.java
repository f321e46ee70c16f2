package io.socialmaturity.report;

import static io.socialmaturity.report.ReportApiTest.assertContains;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.benchmark.BenchmarkViews;
import io.socialmaturity.benchmark.BenchmarkViews.ClosedResult;
import io.socialmaturity.benchmark.BenchmarkViews.DimensionPoint;
import io.socialmaturity.consulting.ConsultingService;
import io.socialmaturity.consulting.ConsultingViews.Client;
import io.socialmaturity.consulting.ConsultingViews.ComparedRow;
import io.socialmaturity.consulting.ConsultingViews.ComparedValue;
import io.socialmaturity.consulting.ConsultingViews.Comparison;
import io.socialmaturity.consulting.ConsultingViews.TenantRef;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.framework.definition.Dimension;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The comparison report at its largest: ten clients with long names, medians on every dimension and one client
 * without a result. Every client and figure must be on the pages (none cut off at the right edge), and the
 * pages are rendered to PNG to be looked at. The data is the comparison API's shape; the framework is the real
 * published one.
 */
@MicronautTest(transactional = false)
class ComparisonLayoutTest extends io.socialmaturity.testing.ApiTest {

    @Inject
    PdfRenderer renderer;

    @Inject
    FrameworkCatalog frameworks;

    @Test
    void tenClientsFitOnThePage() throws IOException {
        PublishedFramework framework = frameworks.find("socially-enabled", 1).orElseThrow();
        List<String> keys =
                framework.definition().dimensions().stream().map(Dimension::key).toList();
        int n = ConsultingService.MAX_COMPARED;
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<DimensionPoint> points = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                points.add(new DimensionPoint(keys.get(k), score(i, k), 3, null));
            }
            ClosedResult latest = i == n - 1
                    ? null
                    : new ClosedResult(
                            100 + i,
                            "Assessment " + (i + 1),
                            framework.key(),
                            framework.version(),
                            Instant.parse("2026-11-20T10:00:00Z"),
                            score(i, 99),
                            3,
                            null,
                            false,
                            4,
                            points,
                            BenchmarkViews.Kind.FULL,
                            List.of(),
                            null);
            clients.add(new Client(
                    i + 1,
                    new TenantRef("c" + i, "Società Internazionale di Prova Numero " + (i + 1), null, null, null),
                    latest,
                    io.socialmaturity.actions.ActionViews.PlanCounts.NONE,
                    false));
        }
        List<ComparedRow> rows = new ArrayList<>();
        List<String> all = new ArrayList<>(List.of("overall"));
        all.addAll(keys);
        for (int k = 0; k < all.size(); k++) {
            int key = k == 0 ? 99 : k - 1;
            Double median = k == 0 ? null : 47.5;
            List<ComparedValue> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Double s = i == n - 1 ? null : score(i, key);
                values.add(new ComparedValue(
                        i + 1,
                        s,
                        s == null ? null : s - score(0, key),
                        s == null || median == null ? null : s - median));
            }
            rows.add(new ComparedRow(all.get(k), median, values));
        }
        ComparisonReport model = ComparisonReport.of(
                new Comparison(clients, rows, null),
                "Bright Advisors",
                framework,
                Instant.parse("2026-11-23T12:00:00Z"),
                Locale.ITALIAN);
        byte[] pdf = renderer.pdf(ReportService.COMPARISON_TEMPLATE, Locale.ITALIAN, Map.of("r", model));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ComparisonExportApiTest.render(doc, "comparison-ten-it");
            assertEquals(2, doc.getNumberOfPages(), "clients and radar on page 1, the two tables on page 2");
            String text = String.join("", ReportApiTest.pages(doc));
            for (int i = 1; i <= n; i++) {
                assertContains(text, "Società Internazionale di Prova Numero " + i);
            }
            assertContains(text, "Nessun risultato chiuso condiviso", "47,5");
            // the last client's column of the score table is there: client 9's marketing score and its difference
            assertContains(text, String.format(Locale.ITALIAN, "%.1f", score(8, 0)));
            assertContains(text, "+" + String.format(Locale.ITALIAN, "%.1f", score(8, 0) - score(0, 0)));
            assertFalse(text.contains("??"));
        }
    }

    /** Distinct, spread scores per client and dimension (99 = overall). */
    static double score(int client, int dimension) {
        return Math.round((20 + client * 7.5 + (dimension % 7) * 3.3) * 10) / 10.0;
    }
}
