package io.socialmaturity.dataexport;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.report.XlsxAssert;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Assessments;
import io.socialmaturity.testing.KeycloakFixtures;
import io.socialmaturity.testing.TestDatabase;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tenant's data export over HTTP with real tokens, the real database and Keycloak: the manifest lists every file
 * with its row count and SHA-256; the files say what the API says of the same data (an assessment, its answers with a
 * comment and an evidence link, a closed result, an action with its log, a user); another tenant's admin (a company's,
 * a consultancy's) gets only their own data; anyone else gets a 403 problem; the export is audited.
 */
@MicronautTest(transactional = false)
class TenantExportApiTest extends ApiTest {

    static final String URI = "/api/v1/tenant/export.zip";

    /** A tenant admin of the consultancy bright (made here: the demo realm has none). */
    static final String BRIGHT_ADMIN = "export.admin@bright.example";

    @Inject
    JsonMapper json;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long closed;
    long open;
    long action;
    String dimension;
    String globexTitle;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put("maturity.campaigns.jobs-enabled", "false");
        return p;
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void data() {
        closed = Assessments.closeWithAnswers(http, ANNA_ADMIN, MARCO_MARKETING, MARCO_ID, "Export closed " + run, 1);
        Map<String, Object> results = call(get(ANNA_ADMIN, "/api/v1/assessments/" + closed + "/results"));
        dimension =
                (String) ((List<Map<String, Object>>) ((Map<String, Object>) results.get("result")).get("dimensions"))
                        .get(0)
                        .get("key");

        // an open assessment with an answer carrying a comment (a formula, for the CSV guard) and an evidence link
        open = id(call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Export open " + run))));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + open + "/respondents", Map.of("userId", MARCO_ID)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + open + "/open", Map.of()));
        Map<String, Object> q = call(get(MARCO_MARKETING, "/api/v1/assessments/" + open + "/questionnaire"));
        Map<String, Object> question = ((List<Map<String, Object>>)
                        ((List<Map<String, Object>>) q.get("dimensions")).get(0).get("questions"))
                .get(0);
        String option = (String)
                ((List<Map<String, Object>>) question.get("options")).get(0).get("key");
        call(put(
                MARCO_MARKETING,
                "/api/v1/assessments/" + open + "/answers/" + question.get("key"),
                Map.of(
                        "optionKey",
                        option,
                        "comment",
                        "=HYPERLINK(\"x\") " + run,
                        "evidenceUrl",
                        "https://evidence.example/" + run,
                        "baseRevision",
                        0)));

        action = id(call(post(
                ANNA_ADMIN,
                "/api/v1/actions",
                Map.of(
                        "title",
                        "Export action " + run,
                        "dimension",
                        dimension,
                        "ownerIds",
                        List.of(MARCO_ID),
                        "assessmentId",
                        closed))));
        call(post(MARCO_MARKETING, "/api/v1/actions/" + action + "/updates", Map.of("note", "Started " + run)));

        globexTitle = "Globex export " + run;
        call(post(GINA_ADMIN, "/api/v1/assessments", Map.of("title", globexTitle)));

        String bright = KeycloakFixtures.ensureOrganization("bright", "Bright Advisors");
        String brightAdmin = KeycloakFixtures.ensureMember(bright, BRIGHT_ADMIN, "executive");
        KeycloakFixtures.ensureRealmRole(brightAdmin, "tenant-admin");
    }

    static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }

    /** The export of this admin: every entry of the ZIP by name, in ZIP order. */
    Map<String, byte[]> export(String admin) throws IOException {
        HttpResponse<byte[]> response = http.toBlocking().exchange(get(admin, URI), byte[].class);
        assertEquals(200, response.getStatus().getCode());
        assertEquals("application/zip", response.getContentType().orElseThrow().toString());
        String disposition = response.header(HttpHeaders.CONTENT_DISPOSITION);
        assertTrue(disposition.matches("attachment; filename=\"[a-z0-9-]+-export-\\d{8}T\\d{4}Z\\.zip\""), disposition);
        assertEquals("private, no-store", response.header(HttpHeaders.CACHE_CONTROL));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertNull(entries.put(e.getName(), zip.readAllBytes()), "one entry per name: " + e.getName());
            }
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(byte[] content) throws IOException {
        return json.readValue(content, Map.class);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> array(byte[] content) throws IOException {
        return json.readValue(content, Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static Map<String, Object> byId(List<Map<String, Object>> items, Object id) {
        return items.stream()
                .filter(i -> String.valueOf(i.get("id")).equals(String.valueOf(id))
                        || String.valueOf(i.get("assessmentId")).equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theManifestListsEveryFileWithItsRowCountAndHash() throws Exception {
        Map<String, byte[]> zip = export(ANNA_ADMIN);
        assertEquals("manifest.json", zip.keySet().iterator().next(), "the manifest comes first");
        Map<String, Object> manifest = object(zip.get("manifest.json"));
        assertEquals(1, manifest.get("formatVersion"));
        Map<String, Object> tenant = (Map<String, Object>) manifest.get("tenant");
        assertEquals("acme", tenant.get("alias"));
        assertEquals("COMPANY", tenant.get("kind"));
        assertFalse(((String) tenant.get("name")).isBlank());
        assertFalse(((String) manifest.get("generatedBy")).isBlank());
        assertNotNull(manifest.get("generatedAt"));

        List<Map<String, Object>> files = (List<Map<String, Object>>) manifest.get("files");
        Set<String> listed = new TreeSet<>();
        for (Map<String, Object> f : files) {
            String name = (String) f.get("name");
            listed.add(name);
            byte[] content = zip.get(name);
            assertNotNull(content, "in the ZIP: " + name);
            assertEquals(sha256(content), f.get("sha256"), name);
            assertEquals(content.length, ((Number) f.get("bytes")).intValue(), name);
            assertFalse(((String) f.get("description")).isBlank(), name);
            int rows = name.endsWith(".json")
                    ? array(content).size()
                    : XlsxAssert.csv(content).size();
            assertEquals(rows, ((Number) f.get("rows")).intValue(), "rows of " + name);
        }
        Set<String> inZip = new TreeSet<>(zip.keySet());
        inZip.remove("manifest.json");
        assertEquals(inZip, listed, "the manifest lists every file and only them");
        assertEquals(
                new TreeSet<>(List.of(
                        "assessments.json",
                        "assessments.csv",
                        "respondents.csv",
                        "answers.json",
                        "answers.csv",
                        "results.json",
                        "results.csv",
                        "actions.json",
                        "actions.csv",
                        "action-updates.csv",
                        "users.json",
                        "users.csv",
                        "engagements.json",
                        "engagements.csv",
                        "audit.json",
                        "audit.csv")),
                listed);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFilesSayWhatTheApiSays() throws Exception {
        Map<String, byte[]> zip = export(ANNA_ADMIN);

        // the assessment as the assessments API shows it (mail states move with the outbox: compared without them)
        Map<String, Object> detail = call(get(ANNA_ADMIN, "/api/v1/assessments/" + closed));
        Map<String, Object> exported = byId(array(zip.get("assessments.json")), closed);
        for (String field : List.of(
                "id",
                "title",
                "status",
                "framework",
                "createdAt",
                "openedAt",
                "closedAt",
                "targets",
                "anonymous",
                "progress",
                "completion")) {
            assertEquals(detail.get(field), exported.get(field), field);
        }
        assertEquals(
                ((List<Map<String, Object>>) detail.get("respondents"))
                        .stream().map(r -> r.get("userId")).toList(),
                ((List<Map<String, Object>>) exported.get("respondents"))
                        .stream().map(r -> r.get("userId")).toList());
        CSVRecord row = XlsxAssert.csv(zip.get("assessments.csv")).stream()
                .filter(r -> r.get("assessment_id").equals(String.valueOf(closed)))
                .findFirst()
                .orElseThrow();
        assertEquals("Export closed " + run, row.get("title"));
        assertEquals("CLOSED", row.get("status"));

        // the closed result, exactly as the results API answers it
        assertEquals(
                call(get(ANNA_ADMIN, "/api/v1/assessments/" + closed + "/results")),
                byId(array(zip.get("results.json")), closed));
        assertFalse(
                array(zip.get("results.json")).stream()
                        .anyMatch(r -> Long.valueOf(open).equals(((Number) r.get("assessmentId")).longValue())),
                "an open assessment has no closed result");
        List<CSVRecord> resultRows = XlsxAssert.csv(zip.get("results.csv")).stream()
                .filter(r -> r.get("assessment_id").equals(String.valueOf(closed)))
                .toList();
        Map<String, Object> apiDimension = ((List<Map<String, Object>>) ((Map<String, Object>)
                                byId(array(zip.get("results.json")), closed).get("result"))
                        .get("dimensions"))
                .get(0);
        CSVRecord dimensionRow = resultRows.stream()
                .filter(r -> r.get("dimension_key").equals(dimension)
                        && r.get("group").equals("all"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                ((Number) ((Map<String, Object>) apiDimension.get("all")).get("score")).doubleValue(),
                Double.parseDouble(dimensionRow.get("score")),
                1e-9);
        assertEquals(
                String.valueOf(((Map<String, Object>) apiDimension.get("target")).get("met")),
                dimensionRow.get("target_met"));
        Map<String, Object> apiOverall = (Map<String, Object>) ((Map<String, Object>)
                        byId(array(zip.get("results.json")), closed).get("result"))
                .get("overall");
        CSVRecord overallRow = resultRows.stream()
                .filter(r -> r.get("dimension_key").equals("overall"))
                .findFirst()
                .orElseThrow();
        assertEquals(String.valueOf(apiOverall.get("sociallyEnabled")), overallRow.get("socially_enabled"));

        // the answers: the respondent's own, with the comment and evidence link, as the questionnaire shows them
        Map<String, Object> q = call(get(MARCO_MARKETING, "/api/v1/assessments/" + open + "/questionnaire"));
        Map<String, Object> answered = ((List<Map<String, Object>>)
                        ((List<Map<String, Object>>) q.get("dimensions")).get(0).get("questions"))
                .get(0);
        Map<String, Object> apiAnswer = (Map<String, Object>) answered.get("answer");
        Map<String, Object> set = byId(array(zip.get("answers.json")), open);
        Map<String, Object> marco = ((List<Map<String, Object>>) set.get("respondents"))
                .stream()
                        .filter(r -> MARCO_ID.equals(r.get("userId")))
                        .findFirst()
                        .orElseThrow();
        assertEquals("R01", marco.get("pseudonym"));
        Map<String, Object> answer = ((List<Map<String, Object>>) marco.get("answers"))
                .stream()
                        .filter(a -> a.get("questionKey").equals(answered.get("key")))
                        .findFirst()
                        .orElseThrow();
        for (String field : List.of("optionKey", "notApplicable", "comment", "evidenceUrl", "updatedAt")) {
            assertEquals(apiAnswer.get(field), answer.get(field), field);
        }
        CSVRecord answerRow = XlsxAssert.csv(zip.get("answers.csv")).stream()
                .filter(r -> r.get("assessment_id").equals(String.valueOf(open))
                        && r.get("user_id").equals(MARCO_ID)
                        && r.get("question_key").equals(answered.get("key")))
                .findFirst()
                .orElseThrow();
        assertEquals("'" + apiAnswer.get("comment"), answerRow.get("comment"), "a formula is neutralised in the CSV");
        assertEquals(apiAnswer.get("evidenceUrl"), answerRow.get("evidence_url"));
        assertEquals("true", answerRow.get("answered"));
        // every answer of the closed assessment is there
        long closedAnswers = XlsxAssert.csv(zip.get("answers.csv")).stream()
                .filter(r -> r.get("assessment_id").equals(String.valueOf(closed))
                        && r.get("answered").equals("true"))
                .count();
        Map<String, Object> closedDetail = call(get(ANNA_ADMIN, "/api/v1/assessments/" + closed));
        assertEquals(
                ((Number) ((Map<String, Object>) closedDetail.get("progress")).get("answers")).longValue(),
                closedAnswers);

        // the action, exactly as the action API answers it (owners and the update log included)
        assertEquals(call(get(ANNA_ADMIN, "/api/v1/actions/" + action)), byId(array(zip.get("actions.json")), action));
        CSVRecord actionRow = XlsxAssert.csv(zip.get("actions.csv")).stream()
                .filter(r -> r.get("action_id").equals(String.valueOf(action)))
                .findFirst()
                .orElseThrow();
        assertEquals("Export action " + run, actionRow.get("title"));
        assertEquals(MARCO_ID, actionRow.get("owner_ids"));
        assertTrue(
                XlsxAssert.csv(zip.get("action-updates.csv")).stream()
                        .anyMatch(r -> r.get("action_id").equals(String.valueOf(action))
                                && r.get("note").equals("Started " + run)
                                && r.get("actor_id").equals(MARCO_ID)),
                "the update log");

        // users: the users API's fields (roles included) and the directory's locale
        List<Map<String, Object>> apiUsers = (List<Map<String, Object>>)
                call(get(ANNA_ADMIN, "/api/v1/users?size=200")).get("items");
        Map<String, Object> apiMarco = byId(apiUsers, MARCO_ID);
        Map<String, Object> exportedMarco = byId(array(zip.get("users.json")), MARCO_ID);
        for (String field : List.of(
                "id",
                "email",
                "firstName",
                "lastName",
                "name",
                "businessFunction",
                "roles",
                "enabled",
                "emailVerified",
                "source")) {
            assertEquals(apiMarco.get(field), exportedMarco.get(field), field);
        }
        assertEquals(apiUsers.size(), array(zip.get("users.json")).size(), "every user");
        assertEquals(
                "respondent",
                XlsxAssert.csv(zip.get("users.csv")).stream()
                        .filter(r -> r.get("user_id").equals(MARCO_ID))
                        .findFirst()
                        .orElseThrow()
                        .get("roles"));

        // engagements as the engagements API lists them
        assertEquals(
                http.toBlocking()
                        .retrieve(
                                get(ANNA_ADMIN, "/api/v1/engagements"),
                                Argument.listOf(Argument.mapOf(String.class, Object.class)))
                        .size(),
                array(zip.get("engagements.json")).size());

        // the audit trail: what was done above is in it
        assertTrue(
                array(zip.get("audit.json")).stream()
                        .anyMatch(e -> "answer.saved".equals(e.get("action")) && MARCO_ID.equals(e.get("actorId"))),
                "the answers' audit entries");
    }

    @Test
    void anotherTenantsAdminGetsOnlyTheirOwnData() throws Exception {
        Map<String, byte[]> zip = export(GINA_ADMIN);
        assertEquals("globex", ((Map<?, ?>) object(zip.get("manifest.json")).get("tenant")).get("alias"));
        String all = everything(zip);
        assertTrue(all.contains(globexTitle), "Globex's own assessment");
        for (String acme : List.of(
                "Export closed " + run,
                "Export open " + run,
                "Export action " + run,
                "Started " + run,
                "evidence.example/" + run,
                ANNA_ADMIN,
                MARCO_MARKETING,
                MARCO_ID,
                ANNA_ID)) {
            assertFalse(all.contains(acme), "nothing of acme: " + acme);
        }
        for (Map<String, Object> a : array(zip.get("assessments.json"))) {
            assertNotEquals(closed, ((Number) a.get("id")).longValue());
            assertNotEquals(open, ((Number) a.get("id")).longValue());
        }

        // a consultancy's admin: their own tenant, kind and (empty) plan, nothing of either company
        Map<String, byte[]> bright = export(BRIGHT_ADMIN);
        Map<?, ?> tenant = (Map<?, ?>) object(bright.get("manifest.json")).get("tenant");
        assertEquals("bright", tenant.get("alias"));
        assertEquals("CONSULTANCY", tenant.get("kind"));
        String brightAll = everything(bright);
        assertFalse(brightAll.contains(globexTitle));
        assertFalse(brightAll.contains("Export closed " + run));
        assertTrue(array(bright.get("actions.json")).isEmpty());
    }

    static String everything(Map<String, byte[]> zip) {
        StringBuilder all = new StringBuilder();
        zip.values().forEach(b -> all.append(new String(b, StandardCharsets.UTF_8)));
        return all.toString();
    }

    @Test
    void anyoneButATenantAdminGetsAProblem() {
        for (String user : List.of(MARCO_MARKETING, CARLA_CONSULTANT, ROOT)) {
            var e = assertProblem(403, () -> http.toBlocking().exchange(get(user, URI), byte[].class));
            assertEquals(403, ((Number) body(e).get("status")).intValue(), user);
        }
        assertProblem(401, () -> http.toBlocking().exchange(io.micronaut.http.HttpRequest.GET(URI), byte[].class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportIsAudited() throws Exception {
        Map<String, byte[]> zip = export(ANNA_ADMIN);
        List<Map<String, Object>> trail = (List<Map<String, Object>>)
                call(get(ANNA_ADMIN, "/api/v1/audit?size=50")).get("items");
        Map<String, Object> entry = trail.stream()
                .filter(e -> "tenant.exported".equals(e.get("action")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no tenant.exported in " + trail));
        assertEquals(ANNA_ID, entry.get("actorId"));
        assertEquals("tenant", entry.get("entityType"));
        assertEquals("acme", entry.get("entityId"));
        Map<String, Object> details = (Map<String, Object>) entry.get("details");
        assertEquals(1, details.get("formatVersion"));
        Map<String, Object> rows = (Map<String, Object>) details.get("rows");
        List<Map<String, Object>> files =
                (List<Map<String, Object>>) object(zip.get("manifest.json")).get("files");
        assertEquals(files.size(), rows.size(), "the entry counts the rows of every file");
        for (Map<String, Object> f : files) {
            assertEquals(f.get("rows"), rows.get(f.get("name")), (String) f.get("name"));
        }
    }
}
