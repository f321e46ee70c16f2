package io.socialmaturity.assessment;

import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.assessment.AssessmentCommands.AddRespondent;
import io.socialmaturity.assessment.AssessmentCommands.CreateAssessment;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Keycloak;
import io.socialmaturity.testing.KeycloakFixtures;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 50 real respondents (Keycloak users of a test organization) autosave all their answers at the same time;
 * afterwards every acknowledged answer is in the database with the acknowledged revision.
 */
@MicronautTest(transactional = false)
class ConcurrentAutosaveTest extends ApiTest {

    static final int RESPONDENTS = 50;
    static final String[] FUNCTIONS = {"marketing", "it", "sales", "service", "rnd", "hr", "executive", "other"};

    @Inject
    TenantService tenants;

    @Inject
    AssessmentLifecycle assessments;

    @Inject
    RespondentInvitations invitations;

    @Test
    @SuppressWarnings("unchecked")
    void fiftyRespondentsAutosavingConcurrentlyLoseNothing() throws Exception {
        String orgId = KeycloakFixtures.ensureOrganization("loadtest", "Load Test Ltd (test fixture)");
        Tenant tenant =
                tenants.ensure("loadtest", "Load Test Ltd (test fixture)", TenantKind.COMPANY, null, null, null);
        assertTrue(tenants.findByAlias("loadtest").isPresent(), "tenant stored: " + tenant);
        List<String> emails = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RESPONDENTS; i++) {
            String email = "load.respondent." + i + "@loadtest.example";
            emails.add(email);
            ids.add(KeycloakFixtures.ensureMember(orgId, email, FUNCTIONS[i % FUNCTIONS.length]));
        }
        CurrentUser admin = new CurrentUser("test-admin", null, "Test admin", Set.of(Roles.TENANT_ADMIN), null, tenant);
        long id = assessments
                .create(admin, new CreateAssessment("Concurrent autosave", null, null, null, null, null, null))
                .id();
        for (String userId : ids) {
            invitations.addRespondent(admin, id, new AddRespondent(userId, null));
        }
        assessments.open(admin, id);
        List<String> tokens = emails.parallelStream().map(Keycloak::token).toList();

        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(RESPONDENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < RESPONDENTS; i++) {
            String token = tokens.get(i);
            String userId = ids.get(i);
            results.add(pool.submit(() -> {
                Map<String, Object> q = http.toBlocking()
                        .retrieve(
                                io.micronaut.http.HttpRequest.GET("/api/v1/assessments/" + id + "/questionnaire")
                                        .bearerAuth(token),
                                Map.class);
                start.await();
                int saved = 0;
                for (Map<String, Object> question : AssessmentLifecycleTest.questions(q)) {
                    List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
                    String key = (String) question.get("key");
                    Map<String, Object> ack = http.toBlocking()
                            .retrieve(
                                    io.micronaut.http.HttpRequest.PUT(
                                                    "/api/v1/assessments/" + id + "/answers/" + key,
                                                    Map.of(
                                                            "optionKey",
                                                            options.get(saved % options.size())
                                                                    .get("key"),
                                                            "baseRevision",
                                                            0))
                                            .bearerAuth(token),
                                    Map.class);
                    acknowledged.put(userId + "|" + key, ((Number) ack.get("revision")).intValue());
                    saved++;
                }
                return saved;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : results) {
            total += f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(total, acknowledged.size());
        assertTrue(total >= RESPONDENTS * 6, "every respondent saved answers: " + total);

        // count them in the database, over a connection of its own
        Map<String, Integer> stored = new ConcurrentHashMap<>();
        Map<String, String> db = io.socialmaturity.testing.TestDatabase.properties();
        try (Connection c = java.sql.DriverManager.getConnection(
                        db.get("datasources.default.url"),
                        db.get("datasources.default.username"),
                        db.get("datasources.default.password"));
                PreparedStatement ps = c.prepareStatement(
                        "SELECT user_id, question_key, revision FROM answer WHERE tenant_id = ? AND assessment_id = ?")) {
            ps.setLong(1, tenant.id());
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1) + "|" + rs.getString(2), rs.getInt(3));
                }
            }
        }
        assertEquals(acknowledged, stored, "every acknowledged answer is stored, none more");
    }
}
