package io.socialmaturity.report;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF report and the CSV exports over HTTP, with real tokens and the real database: the PDF's text is
 * extracted page by page (both languages) and its first pages rendered to PNG under
 * {@code target/report-artifacts/}; the CSVs are parsed back with Commons CSV and compared with the results API.
 */
@MicronautTest(transactional = false)
class ReportApiTest extends ApiTest {

    static final Path ARTIFACTS = Path.of("target", "report-artifacts");
    static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"click\")";

    long closedId;
    long openId;
    Map<String, Object> results;

    @BeforeAll
    void acmeClosesAnAssessmentAnsweredDifferentlyByMarketingAndIt() {
        closedId = id(call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Social readiness – Q4 «pilot»"))));
        call(put(
                ANNA_ADMIN,
                "/api/v1/assessments/" + closedId + "/targets",
                Map.of("targets", Map.of("marketing", 4, "service", 5))));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + closedId + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + closedId + "/respondents", Map.of("userId", IVAN_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + closedId + "/open", Map.of()));
        answerAll(MARCO_MARKETING, closedId, true, FORMULA);
        answerAll(IVAN_IT, closedId, false, "-2+3 is what IT thinks; @ops agrees");
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + closedId + "/close", Map.of()));
        results = call(get(ANNA_ADMIN, "/api/v1/assessments/" + closedId + "/results"));

        openId = id(call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Still open"))));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + openId + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + openId + "/open", Map.of()));
    }

    // ------------------------------------------------------------------ PDF

    @Test
    @SuppressWarnings("unchecked")
    void theEnglishReportHasTheExpectedPagesAndTexts() throws IOException {
        HttpResponse<byte[]> response = download(ANNA_ADMIN, "/report.pdf?lang=en");
        assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
        assertTrue(
                response.header(HttpHeaders.CONTENT_DISPOSITION).startsWith("attachment; filename=\"social-maturity-"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            List<String> pages = pages(pdf);
            render(pdf, "assessment-en");
            Map<String, Object> result = (Map<String, Object>) results.get("result");
            List<Map<String, Object>> dimensions = (List<Map<String, Object>>) result.get("dimensions");
            // cover, a one-page summary, one page per dimension, published figures (one page or more), how to read
            assertTrue(pdf.getNumberOfPages() >= 2 + dimensions.size() + 2, () -> String.join("\n=====\n", pages));
            int figuresPage = 2 + dimensions.size();
            assertAll(
                    () -> assertContains(
                            pages.get(0),
                            "Social maturity assessment report",
                            "Acme Manufacturing",
                            "Social readiness – Q4 «pilot»",
                            "Framework",
                            "version 1",
                            "Closed on",
                            "1 marketing, 1 IT"),
                    () -> assertContains(
                            pages.get(1),
                            "Executive summary",
                            "Overall level",
                            "Weakest area",
                            "Marketing–IT alignment index",
                            "Current score and target by dimension",
                            "Dimensions at a glance"),
                    () -> assertContains(
                            pages.get(1),
                            (Boolean) ((Map<String, Object>) result.get("overall")).get("sociallyEnabled")
                                    ? "Socially enabled"
                                    : "Not yet socially enabled"),
                    // one marketing and one IT respondent: the admin reads the index, marked as one person's view per
                    // side
                    () -> assertNotNull(((Map<String, Object>) result.get("perceptionGap")).get("alignmentIndex")),
                    () -> assertContains(pages.get(1), "(one respondent)"),
                    () -> assertContains(
                            pages.get(2),
                            "Marketing",
                            "Score",
                            "Coverage",
                            "Target",
                            "Gap to target",
                            "Marketing and IT view",
                            "Alignment index",
                            "Recommendations"),
                    () -> assertContains(pages.get(figuresPage), "Against the published figures", "Oracle"),
                    () -> assertContains(
                            String.join("", pages.subList(figuresPage, pages.size() - 1)), "Sources", "2013"),
                    () -> assertContains(pages.get(pages.size() - 1), "How to read this report", "Absent"),
                    () -> assertFalse(String.join("", pages).contains("??"), "no missing message key"),
                    () -> assertFalse(String.join("", pages).contains(MARCO_ID), "no respondent appears"));
            // each dimension page shows that dimension's score as the results API has it
            for (int i = 0; i < dimensions.size(); i++) {
                Map<String, Object> d = dimensions.get(i);
                Object score = ((Map<String, Object>) d.get("all")).get("score");
                String page = pages.get(2 + i);
                assertContains(page, "page " + (3 + i) + " of " + pdf.getNumberOfPages());
                if (score != null) {
                    assertContains(page, formatted(score, 1));
                }
            }
            // every font is embedded DejaVu Sans (no base-14 font that a viewer would substitute), radar included
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertFalse(fonts.isEmpty());
            assertTrue(
                    fonts.stream().allMatch(f -> f.contains("DejaVuSans") && f.endsWith("embedded")), fonts.toString());
            // the radar is drawn as vectors: the summary page holds no raster image
            PDPage summary = pdf.getPage(1);
            for (COSName name : summary.getResources().getXObjectNames()) {
                assertFalse(summary.getResources().getXObject(name) instanceof PDImageXObject, "raster image " + name);
            }
            assertEquals(
                    "Social maturity assessment report – Acme Manufacturing – Social readiness – Q4 «pilot»",
                    pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void theItalianReportIsInItalianWithItsAccents() throws IOException {
        // Accept-Language alone chooses the language
        HttpResponse<byte[]> response = http.toBlocking()
                .exchange(
                        get(ANNA_ADMIN, "/api/v1/assessments/" + closedId + "/report.pdf")
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "it-IT,it;q=0.9"),
                        byte[].class);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            List<String> pages = pages(pdf);
            render(pdf, "assessment-it");
            assertContains(
                    pages.get(0),
                    "Report di maturità social",
                    "Azienda",
                    "Valutazione",
                    "versione 1",
                    "Chiusa il",
                    "1 marketing, 1 IT",
                    "nessuna risposta individuale è mostrata");
            assertContains(
                    pages.get(1),
                    "Sintesi",
                    "Livello complessivo",
                    "Area più debole",
                    "Indice di allineamento marketing–IT");
            assertContains(pages.get(2), "Area di business", "Punteggio", "Copertura", "Obiettivo", "Raccomandazioni");
            assertContains(pages.get(8), "Confronto con i dati pubblicati");
            assertContains(String.join("", pages.subList(8, pages.size() - 1)), "Fonti");
            assertContains(pages.get(pages.size() - 1), "Come leggere questo report", "Assente");
            assertFalse(String.join("", pages).contains("Executive summary"));
            assertFalse(String.join("", pages).contains("??"), "no missing message key");
        }
        assertEquals(200, download(ANNA_ADMIN, "/report.pdf?lang=it").code());
        assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(get(ANNA_ADMIN, "/api/v1/assessments/" + closedId + "/report.pdf?lang=de")));
    }

    @Test
    void respondentsGetTheReportOnceClosedAndNobodyBefore() throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(download(MARCO_MARKETING, "/report.pdf").body())) {
            assertTrue(pdf.getNumberOfPages() > 2);
        }
        var e = assertProblem(
                409,
                () -> http.toBlocking()
                        .exchange(get(ANNA_ADMIN, "/api/v1/assessments/" + openId + "/report.pdf"), byte[].class));
        assertEquals(
                "assessment-not-closed", String.valueOf(body(e).get("type")).replaceAll(".*/", ""));
        assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(get(MARCO_MARKETING, "/api/v1/assessments/" + openId + "/report.pdf")));
    }

    @Test
    void aThinAssessmentSaysWhatCannotBeKnownInsteadOfInventingIt() throws IOException {
        // only marco, and only his first answer: no IT view, most areas unscored
        long thin = id(call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Thin"))));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + thin + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + thin + "/open", Map.of()));
        Map<String, Object> first = questions(MARCO_MARKETING, thin).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> options = (List<Map<String, Object>>) first.get("options");
        call(put(
                MARCO_MARKETING,
                "/api/v1/assessments/" + thin + "/answers/" + first.get("key"),
                Map.of("optionKey", options.get(1).get("key"), "baseRevision", 0)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + thin + "/close", Map.of()));
        byte[] body = http.toBlocking()
                .exchange(get(ANNA_ADMIN, "/api/v1/assessments/" + thin + "/report.pdf?lang=en"), byte[].class)
                .body();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            List<String> pages = pages(pdf);
            render(pdf, "thin-en");
            String all = String.join("", pages);
            // a business area without any scored answer: no verdict, the state says why (issue 23)
            assertContains(
                    pages.get(1),
                    "Not enough answers yet for a verdict",
                    "The verdict comes once every business area has a scored answer");
            assertContains(
                    all,
                    "Needs respondents from both marketing and IT.",
                    "No scored answer yet: the level cannot be established.",
                    "Recommendations follow once the dimension has a scored answer.");
            assertFalse(all.contains("??"), "no missing message key");
        }
    }

    // ------------------------------------------------------------------ CSV

    @Test
    @SuppressWarnings("unchecked")
    void theResultsCsvParsesBackIntoTheNumbersOfTheResultsApi() throws IOException {
        HttpResponse<byte[]> response = download(ANNA_ADMIN, "/results.csv?lang=it");
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/csv"));
        List<CSVRecord> rows = parse(response.body());
        Map<String, Object> result = (Map<String, Object>) results.get("result");
        List<Map<String, Object>> dimensions = (List<Map<String, Object>>) result.get("dimensions");
        Map<String, Map<String, Object>> gaps = ((List<Map<String, Object>>)
                        ((Map<String, Object>) result.get("perceptionGap")).get("dimensions"))
                .stream().collect(Collectors.toMap(g -> (String) g.get("dimension"), g -> g));
        assertEquals(dimensions.size(), rows.size(), "one row per dimension");
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Map<String, Object> d = dimensions.get(i);
            Map<String, Object> all = (Map<String, Object>) d.get("all");
            Map<String, Object> target = (Map<String, Object>) d.get("target");
            Map<String, Object> gap = gaps.get((String) d.get("key"));
            String key = (String) d.get("key");
            assertEquals(key, row.get("dimension_key"));
            assertNumber(all.get("score"), row.get("score"), key + " score");
            assertNumber(all.get("level"), row.get("level"), key + " level");
            assertNumber(all.get("coverage"), row.get("coverage"), key + " coverage");
            assertNumber(d.get("weight"), row.get("weight"), key + " weight");
            assertNumber(target.get("targetLevel"), row.get("target_level"), key + " target");
            assertNumber(target.get("levelGap"), row.get("level_gap"), key + " level gap");
            assertNumber(target.get("scoreGap"), row.get("score_gap"), key + " score gap");
            assertNumber(target.get("priority"), row.get("priority"), key + " priority");
            assertEquals(String.valueOf(target.get("met")), row.get("target_met"));
            assertNumber(gap.get("marketing"), row.get("marketing_score"), key + " marketing");
            assertNumber(gap.get("it"), row.get("it_score"), key + " it");
            assertNumber(gap.get("gap"), row.get("marketing_minus_it"), key + " gap");
            assertNumber(gap.get("alignmentIndex"), row.get("alignment_index"), key + " alignment");
        }
        assertEquals("Marketing", rows.get(0).get("dimension"));
        // respondents read the same company-wide figures once closed; the single marketing and IT respondents'
        // figures, which the admin's file flags as such, are empty cells in theirs
        List<CSVRecord> marco =
                parse(download(MARCO_MARKETING, "/results.csv?lang=it").body());
        assertEquals(
                rows.get(0).getParser().getHeaderNames(),
                marco.get(0).getParser().getHeaderNames());
        for (int i = 0; i < rows.size(); i++) {
            for (String column : List.of("dimension_key", "dimension", "score", "level", "coverage", "target_level")) {
                assertEquals(rows.get(i).get(column), marco.get(i).get(column), column);
            }
            assertEquals("true", rows.get(i).get("marketing_single_respondent"));
            assertEquals("", marco.get(i).get("marketing_score"));
            assertEquals("false", marco.get(i).get("marketing_single_respondent"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAnswersCsvHasARowPerRespondentAndQuestionWithPseudonymsAndNoFormulas() throws IOException {
        byte[] body = download(ANNA_ADMIN, "/answers.csv?lang=en").body();
        String text = new String(body, StandardCharsets.UTF_8);
        assertFalse(
                text.contains(MARCO_ID) || text.contains("marco") || text.contains("Marco"), "no names, ids or emails");
        List<CSVRecord> rows = parse(body);
        assertEquals(
                List.of(
                        "respondent",
                        "business_function",
                        "dimension_key",
                        "question_key",
                        "question",
                        "answer",
                        "option_key",
                        "option",
                        "score",
                        "comment",
                        "evidence_url",
                        "answered_at"),
                rows.get(0).getParser().getHeaderNames());
        Map<String, String> functionOf = new HashMap<>();
        rows.forEach(r -> functionOf.put(r.get("respondent"), r.get("business_function")));
        assertEquals(Map.of("R01", "marketing", "R02", "it"), functionOf);

        // one row per respondent × question meant for them: the questionnaires' sizes
        int marco = questions(MARCO_MARKETING, closedId).size();
        int ivan = questions(IVAN_IT, closedId).size();
        assertEquals(marco + ivan, rows.size());
        // the options chosen add up to the results API's option counts
        Map<String, Object> result = (Map<String, Object>) results.get("result");
        for (Map<String, Object> q : (List<Map<String, Object>>) result.get("questions")) {
            Map<String, Integer> counts = (Map<String, Integer>) q.get("optionCounts");
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                long inCsv = rows.stream()
                        .filter(r -> r.get("question_key").equals(q.get("key"))
                                && r.get("option_key").equals(c.getKey()))
                        .count();
                assertEquals(c.getValue().longValue(), inCsv, q.get("key") + "/" + c.getKey());
            }
        }
        // scores are the options' scores, as numbers
        rows.stream().filter(r -> r.get("answer").equals("option")).forEach(r -> {
            int score = Integer.parseInt(r.get("score"));
            assertTrue(score >= 0 && score <= 100, r.toString());
        });
        // formula injection: text cells that would start a formula are neutralised
        assertTrue(
                rows.stream()
                        .filter(r -> r.get("respondent").equals("R01"))
                        .allMatch(r -> r.get("comment").equals("'" + FORMULA)),
                "marco's comments");
        assertTrue(
                rows.stream()
                        .filter(r -> r.get("respondent").equals("R02"))
                        .allMatch(r -> r.get("comment").equals("'-2+3 is what IT thinks; @ops agrees")),
                "ivan's comments");
        assertTrue(
                rows.stream()
                        .noneMatch(r -> r.values().length > 0
                                && java.util.Arrays.stream(r.values())
                                        .anyMatch(v -> !v.isEmpty() && "=+@".indexOf(v.charAt(0)) >= 0)),
                "no cell starts a formula");
    }

    @Test
    @SuppressWarnings("unchecked")
    void namesOnlyWhenTheAdminAsksAndThatIsAudited() throws IOException {
        List<CSVRecord> rows =
                parse(download(ANNA_ADMIN, "/answers.csv?respondentNames=true").body());
        assertEquals(
                List.of("respondent", "respondent_name", "respondent_email"),
                rows.get(0).getParser().getHeaderNames().subList(0, 3));
        assertTrue(rows.stream().anyMatch(r -> r.get("respondent_email").equals(MARCO_MARKETING)));
        List<Map<String, Object>> events = (List<Map<String, Object>>)
                call(get(ANNA_ADMIN, "/api/v1/audit?size=200")).get("items");
        assertTrue(
                events.stream()
                        .anyMatch(e -> "assessment.exported".equals(e.get("action"))
                                && String.valueOf(closedId).equals(e.get("entityId"))
                                && e.get("details").toString().contains("respondentNames=true")),
                events.toString());
        // individual answers are for tenant admins only
        assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(get(MARCO_MARKETING, "/api/v1/assessments/" + closedId + "/answers.csv")));
    }

    // ------------------------------------------------------------------ XLSX

    @Test
    @SuppressWarnings("unchecked")
    void theResultsXlsxHasTheCsvsColumnsAndValuesWithNumbersAsNumbers() throws IOException {
        HttpResponse<byte[]> response = download(ANNA_ADMIN, "/results.xlsx?lang=en");
        assertEquals(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                response.getContentType().orElseThrow().toString());
        assertTrue(response.header(HttpHeaders.CONTENT_DISPOSITION).endsWith("-results.xlsx\""));
        int numbers = XlsxAssert.sameAsCsv(
                response.body(), download(ANNA_ADMIN, "/results.csv?lang=en").body());
        assertTrue(numbers > 20, "scores, weights, coverages are number cells: " + numbers);
        // and the score cells hold the results API's scores
        var sheet = XlsxAssert.sheet(response.body());
        List<Map<String, Object>> dimensions =
                (List<Map<String, Object>>) ((Map<String, Object>) results.get("result")).get("dimensions");
        int scoreColumn = ExportTables.RESULTS_HEADER.indexOf("score");
        for (int i = 0; i < dimensions.size(); i++) {
            Object score = ((Map<String, Object>) dimensions.get(i).get("all")).get("score");
            var cell = sheet.getRow(i + 1).getCell(scoreColumn);
            if (score == null) {
                assertNull(cell);
            } else {
                assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, cell.getCellType());
                assertEquals(((Number) score).doubleValue(), cell.getNumericCellValue(), 1e-9);
            }
        }
        // a respondent reads the results XLSX once closed, like the CSV, with the same hidden figures
        XlsxAssert.sameAsCsv(
                download(MARCO_MARKETING, "/results.xlsx").body(),
                download(MARCO_MARKETING, "/results.csv").body());
    }

    @Test
    void theAnswersXlsxEqualsTheCsvPseudonymousAndNamedAndIsAudited() throws IOException {
        XlsxAssert.sameAsCsv(
                download(ANNA_ADMIN, "/answers.xlsx?lang=it").body(),
                download(ANNA_ADMIN, "/answers.csv?lang=it").body());
        byte[] named =
                download(ANNA_ADMIN, "/answers.xlsx?respondentNames=true").body();
        XlsxAssert.sameAsCsv(
                named, download(ANNA_ADMIN, "/answers.csv?respondentNames=true").body());
        var sheet = XlsxAssert.sheet(named);
        assertEquals("respondent_email", sheet.getRow(0).getCell(2).getStringCellValue());
        // marco's formula comment stays exact text, quote-prefixed
        int comment = List.of(
                        "respondent",
                        "respondent_name",
                        "respondent_email",
                        "business_function",
                        "dimension_key",
                        "question_key",
                        "question",
                        "answer",
                        "option_key",
                        "option",
                        "score",
                        "comment")
                .indexOf("comment");
        boolean guarded = false;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var cell = sheet.getRow(r).getCell(comment);
            if (cell != null && FORMULA.equals(cell.getStringCellValue())) {
                assertTrue(cell.getCellStyle().getQuotePrefixed());
                guarded = true;
            }
        }
        assertTrue(guarded, "the formula comment is there, quote-prefixed");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>)
                call(get(ANNA_ADMIN, "/api/v1/audit?size=200")).get("items");
        assertTrue(
                events.stream()
                        .anyMatch(e -> "assessment.exported".equals(e.get("action"))
                                && e.get("details").toString().contains("answers.xlsx")
                                && e.get("details").toString().contains("respondentNames=true")),
                events.toString());
        assertTrue(
                events.stream()
                        .anyMatch(e -> "assessment.exported".equals(e.get("action"))
                                && e.get("details").toString().contains("results.xlsx")),
                events.toString());
        // individual answers are for tenant admins only, in XLSX too
        assertProblem(
                403,
                () -> http.toBlocking()
                        .exchange(get(MARCO_MARKETING, "/api/v1/assessments/" + closedId + "/answers.xlsx")));
    }

    // ------------------------------------------------------------------ isolation

    @Test
    void anotherTenantGets404ForEveryExport() {
        for (String outsider : List.of(GINA_ADMIN, GIORGIO_GLOBEX, CARLA_CONSULTANT)) {
            for (String export : List.of(
                    "/report.pdf",
                    "/results.csv",
                    "/answers.csv",
                    "/answers.csv?respondentNames=true",
                    "/results.xlsx",
                    "/answers.xlsx",
                    "/answers.xlsx?respondentNames=true")) {
                for (long id : List.of(closedId, openId)) {
                    assertProblem(
                            404,
                            () -> http.toBlocking()
                                    .exchange(get(outsider, "/api/v1/assessments/" + id + export), byte[].class));
                }
            }
        }
        for (String export : List.of("/report.pdf", "/results.csv", "/answers.csv", "/results.xlsx", "/answers.xlsx")) {
            assertProblem(
                    401,
                    () -> http.toBlocking()
                            .exchange(
                                    io.micronaut.http.HttpRequest.GET("/api/v1/assessments/" + closedId + export),
                                    byte[].class));
        }
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<byte[]> download(String user, String export) {
        return http.toBlocking().exchange(get(user, "/api/v1/assessments/" + closedId + export), byte[].class);
    }

    static List<CSVRecord> parse(byte[] body) throws IOException {
        return XlsxAssert.csv(body);
    }

    static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    static void render(PDDocument pdf, String name) throws IOException {
        Files.createDirectories(ARTIFACTS);
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int i = 0; i < Math.min(4, pdf.getNumberOfPages()); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 80);
            ImageIO.write(
                    image,
                    "png",
                    ARTIFACTS.resolve(name + "-page" + (i + 1) + ".png").toFile());
        }
        for (int i = 8; i < pdf.getNumberOfPages(); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 80);
            ImageIO.write(
                    image,
                    "png",
                    ARTIFACTS.resolve(name + "-page" + (i + 1) + ".png").toFile());
        }
    }

    /** Font names with "embedded" or "not-embedded", from a page's resources and its form XObjects. */
    static void collectFonts(PDResources resources, Set<String> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + " " + (font.isEmbedded() ? "embedded" : "not-embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    static void assertContains(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.replaceAll("\\s+", " ").contains(e), () -> "'" + e + "' not in:\n" + text);
        }
    }

    static void assertNumber(Object expected, String actual, String what) {
        if (expected == null) {
            assertEquals("", actual, what);
        } else {
            assertEquals(((Number) expected).doubleValue(), Double.parseDouble(actual), 1e-9, what);
        }
    }

    /** How the English report writes a number. */
    static String formatted(Object value, int decimals) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(((Number) value).doubleValue());
    }

    static long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> questions(String user, long id) {
        Map<String, Object> q = call(get(user, "/api/v1/assessments/" + id + "/questionnaire"));
        return ((List<Map<String, Object>>) q.get("dimensions"))
                .stream()
                        .flatMap(d -> ((List<Map<String, Object>>) d.get("questions")).stream())
                        .toList();
    }

    @SuppressWarnings("unchecked")
    void answerAll(String user, long id, boolean top, String comment) {
        for (Map<String, Object> question : questions(user, id)) {
            List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
            Map<String, Object> body = new HashMap<>();
            body.put("optionKey", options.get(top ? options.size() - 1 : 0).get("key"));
            body.put("baseRevision", 0);
            body.put("comment", comment);
            call(put(user, "/api/v1/assessments/" + id + "/answers/" + question.get("key"), body));
        }
    }
}
