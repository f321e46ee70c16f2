package io.socialmaturity.erasure;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Assessments;
import io.socialmaturity.testing.Keycloak;
import io.socialmaturity.testing.KeycloakFixtures;
import io.socialmaturity.testing.TestDatabase;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Erasing a person over HTTP with real tokens, the real database and Keycloak: a throwaway user of acme answers a
 * closed assessment, owns an action and writes in its log; after the erasure the results are the same (but for the
 * respondent's id, now the pseudonym), no row of any table and no file of the tenant's export holds their name, email
 * or user id, their account is gone, and the platform's trail has the erasure without their name. Another tenant's
 * admin gets 404 and changes nothing, a respondent 403, erasing yourself 409, erasing again 404.
 */
@MicronautTest(transactional = false)
class PersonErasureApiTest extends ApiTest {

    @Inject
    JsonMapper json;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String email = "erase-" + run + "@acme.example";
    final String firstName = "Ermenegilda" + run;
    final String lastName = "Cancellata" + run;
    final String fullName = firstName + " " + lastName;
    String userId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put("maturity.campaigns.jobs-enabled", "false");
        return p;
    }

    @AfterAll
    void cleanUp() {
        KeycloakFixtures.userIdByEmail(email).ifPresent(KeycloakFixtures::deleteUser);
    }

    @Test
    @SuppressWarnings("unchecked")
    void erasureKeepsResultsIdenticalAndLeavesNoNameBehind() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("businessFunction", "marketing");
        body.put("roles", List.of("respondent"));
        body.put("onboarding", "PASSWORD");
        body.put("initialPassword", Keycloak.PASSWORD);
        body.put("temporaryPassword", false);
        userId = (String) call(post(ANNA_ADMIN, "/api/v1/users", body)).get("id");

        long closed = Assessments.closeWithAnswers(http, ANNA_ADMIN, email, userId, "Erasure " + run, 2);
        String resultsUri = "/api/v1/assessments/" + closed + "/results";
        Map<String, Object> before = call(get(ANNA_ADMIN, resultsUri));
        String dimension =
                (String) ((List<Map<String, Object>>) ((Map<String, Object>) before.get("result")).get("dimensions"))
                        .get(0)
                        .get("key");
        long action = ((Number) call(post(
                                ANNA_ADMIN,
                                "/api/v1/actions",
                                Map.of(
                                        "title",
                                        "Erasure action " + run,
                                        "dimension",
                                        dimension,
                                        "ownerIds",
                                        List.of(userId),
                                        "assessmentId",
                                        closed)))
                        .get("id"))
                .longValue();
        call(post(email, "/api/v1/actions/" + action + "/updates", Map.of("note", "Started by " + run)));
        // an open assessment that mailed them (queued: the tests do not dispatch the outbox)
        long open = ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Erasure open " + run)))
                        .get("id"))
                .longValue();
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + open + "/respondents", Map.of("userId", userId)));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + open + "/open", Map.of()));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + open + "/reminders", Map.of("userId", userId)));
        assertTrue(queuedMailTo(userId) > 0, "a mail is queued for them");
        assertFalse(rowsNaming().isEmpty(), "before the erasure the database names the person");
        String beforeText = json.writeValueAsString(before);

        // who may not erase
        long globexAudit = auditCount(GINA_ADMIN);
        assertEquals("not-found", type(assertProblem(404, () -> erase(GINA_ADMIN, userId))));
        assertEquals(globexAudit, auditCount(GINA_ADMIN), "another tenant's admin changes nothing");
        assertTrue(KeycloakFixtures.userIdByEmail(email).isPresent(), "still there after another tenant's try");
        assertProblem(403, () -> erase(MARCO_MARKETING, userId));
        assertEquals("erase-self", type(assertProblem(409, () -> erase(ANNA_ADMIN, ANNA_ID))));
        // what the trail names but is no person: the jobs' actor, an assessment's id
        assertProblem(404, () -> erase(ANNA_ADMIN, "system"));
        assertProblem(404, () -> erase(ANNA_ADMIN, String.valueOf(closed)));

        Map<String, Object> erased = erase(ANNA_ADMIN, userId);
        String pseudonym = (String) erased.get("pseudonym");
        assertTrue(pseudonym.matches("erased-[0-9a-f]{16}"), pseudonym);
        assertTrue(((String) erased.get("pseudonymName")).matches("Erased person [0-9a-f]{6}"), erased.toString());
        assertEquals(true, erased.get("removed"), erased.toString());
        assertEquals(true, erased.get("accountDeleted"), erased.toString());
        assertTrue(((Number) erased.get("rowsChanged")).intValue() > 0, erased.toString());

        assertEquals(0, queuedMailTo(userId) + queuedMailTo(pseudonym), "the mails queued for them are dropped");

        // the results are the same; only the respondent's id is the pseudonym now
        Map<String, Object> after = call(get(ANNA_ADMIN, resultsUri));
        assertEquals(beforeText.replace(userId, pseudonym), json.writeValueAsString(after));

        // no name behind: not in any row, not in the export, not in Keycloak
        assertEquals(List.of(), rowsNaming(), "rows still naming the person");
        for (Map.Entry<String, byte[]> file : export(ANNA_ADMIN).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            for (String identifier : identifiers()) {
                assertFalse(text.contains(identifier), file.getKey() + " holds " + identifier);
            }
        }
        assertTrue(KeycloakFixtures.userIdByEmail(email).isEmpty(), "the account is deleted");

        // the trails: the tenant's and the platform's, under the pseudonym, without the name
        Map<String, Object> trail = call(get(ROOT, "/api/v1/platform/audit?tenant=acme&size=50"));
        Map<String, Object> event = ((List<Map<String, Object>>) trail.get("items"))
                .stream()
                        .filter(e -> "person.erased".equals(e.get("action")) && pseudonym.equals(e.get("entityId")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no person.erased in " + trail));
        String eventText = json.writeValueAsString(event);
        for (String identifier : identifiers()) {
            assertFalse(eventText.contains(identifier), eventText);
        }
        Map<String, Object> tenantTrail = call(get(ANNA_ADMIN, "/api/v1/audit?size=50"));
        assertTrue(json.writeValueAsString(tenantTrail).contains("person.erased"), "the tenant's trail has it");

        // the snapshots are immutable again outside the erasure
        assertThrows(SQLException.class, () -> touchSnapshot(closed));

        // erased is unknown
        assertEquals("not-found", type(assertProblem(404, () -> erase(ANNA_ADMIN, userId))));
    }

    private Map<String, Object> erase(String admin, String id) {
        return call(post(admin, "/api/v1/users/" + id + "/erase", Map.of()));
    }

    private long auditCount(String admin) {
        return ((Number) call(get(admin, "/api/v1/audit?size=1")).get("total")).longValue();
    }

    private List<String> identifiers() {
        return List.of(userId, email, fullName, lastName);
    }

    /** Every row of every table (every text column, found in information_schema) that holds a person's identifier. */
    private List<String> rowsNaming() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = database()) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                            "SELECT c.TABLE_NAME, c.COLUMN_NAME"
                                    + " FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
                                    + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                                    + " WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'"
                                    + " AND c.DATA_TYPE IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json')");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                }
            }
            assertTrue(columns.containsKey("respondent") && columns.containsKey("audit_event"), columns.toString());
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                for (String column : table.getValue()) {
                    for (String identifier : identifiers()) {
                        try (PreparedStatement s = c.prepareStatement(
                                "SELECT COUNT(*) FROM `" + table.getKey() + "` WHERE `" + column + "` LIKE ?")) {
                            s.setString(1, "%" + identifier + "%");
                            try (ResultSet rs = s.executeQuery()) {
                                rs.next();
                                if (rs.getLong(1) > 0) {
                                    found.add(table.getKey() + "." + column + " ~ " + identifier);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Connection database() throws SQLException {
        Map<String, String> db = TestDatabase.properties();
        return DriverManager.getConnection(
                db.get("datasources.default.url"),
                db.get("datasources.default.username"),
                db.get("datasources.default.password"));
    }

    private static long queuedMailTo(String recipient) throws SQLException {
        try (Connection c = database();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM outbox_message"
                        + " WHERE kind = 'email' AND status = 'QUEUED' AND recipient_ref = ?")) {
            s.setString(1, recipient);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void touchSnapshot(long assessment) throws SQLException {
        try (Connection c = database();
                PreparedStatement s =
                        c.prepareStatement("UPDATE result_snapshot SET result = result WHERE assessment_id = ?")) {
            s.setLong(1, assessment);
            s.executeUpdate();
        }
    }

    /** The tenant's export: every entry of the ZIP by name. */
    private Map<String, byte[]> export(String admin) throws IOException {
        HttpResponse<byte[]> response =
                http.toBlocking().exchange(as(admin, HttpRequest.GET("/api/v1/tenant/export.zip")), byte[].class);
        assertEquals(200, response.getStatus().getCode());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertTrue(entries.containsKey("respondents.csv"), entries.keySet().toString());
        return entries;
    }
}
