package io.socialmaturity.mail;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.KeycloakFixtures;
import io.socialmaturity.testing.TestDatabase;
import io.socialmaturity.testing.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invitation emails end to end, with real tokens, the real database and an SMTP server in the test JVM: opening an
 * assessment or inviting to an open one emails each respondent in their language; a mail server that is down
 * never fails the admin's request, and the mail arrives once when it is back; the state shows per respondent and
 * only to the assessment's tenant.
 */
@MicronautTest(transactional = false)
class InvitationMailApiTest extends ApiTest {

    static final TestSmtp SMTP = new TestSmtp();
    static final String LUCIA = "lucia.lingua@acme.example";
    static final Duration WAIT = Duration.ofSeconds(20);

    String luciaId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put(TestDatabase.OUTBOX_ENABLED, "true");
        p.put("maturity.outbox.poll-interval", "200ms");
        p.put("maturity.outbox.first-retry", "300ms");
        p.put("maturity.outbox.max-retry", "600ms");
        p.put("maturity.outbox.max-attempts", "100");
        p.put("maturity.mail.port", String.valueOf(SMTP.port()));
        p.put("maturity.app.public-url", "http://localhost:8080/");
        return p;
    }

    @BeforeAll
    void aRespondentWhoChoseItalian() {
        luciaId = KeycloakFixtures.ensureMember(
                KeycloakFixtures.ensureOrganization("acme", "Acme"), LUCIA, "marketing", "it");
    }

    @AfterAll
    void cleanUp() {
        SMTP.stop();
        KeycloakFixtures.deleteUser(luciaId);
    }

    @Test
    void openingEmailsEveryRespondentInTheirLanguageAndAnInviteToAnOpenAssessmentToo() {
        SMTP.start();
        String title = "Invitations " + System.nanoTime();
        long id = create(title);
        invite(id, MARCO_ID);
        invite(id, luciaId);
        assertTrue(SMTP.received().stream().noneMatch(about(title)), "a draft's respondents get no mail yet");

        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));

        MimeMessage marco = one(MARCO_MARKETING, title);
        assertEquals("Your input for \"" + title + "\" at " + tenantName(), TestSmtp.subject(marco));
        List<String> marcoParts = TestSmtp.parts(marco);
        assertTrue(
                marcoParts
                        .get(0)
                        .contains("Open my questionnaire: http://localhost:8080/assessments/" + id + "/questionnaire"),
                marcoParts.get(0));
        assertTrue(marcoParts.get(1).contains("href=\"http://localhost:8080/assessments/" + id + "/questionnaire\""));
        assertTrue(marcoParts.get(0).contains("Anna"), "the inviter's name: " + marcoParts.get(0));

        MimeMessage lucia = one(LUCIA, title);
        assertTrue(
                TestSmtp.subject(lucia).startsWith("Il tuo contributo a \"" + title + "\""), TestSmtp.subject(lucia));
        assertTrue(TestSmtp.parts(lucia).get(1).contains("Apri il mio questionario"));
        assertNotEquals(TestSmtp.messageId(marco), TestSmtp.messageId(lucia));

        Map<String, Map<String, Object>> states = awaitMail(id, s -> "SENT".equals(s.get("status")), MARCO_ID, luciaId);
        assertNotNull(states.get(MARCO_ID).get("sentAt"));
        assertEquals(1, states.get(MARCO_ID).get("attempts"));
        assertEquals("assessment-invitation", states.get(luciaId).get("template"));

        // invited while open: emailed at once
        invite(id, IVAN_ID);
        one(IVAN_IT, title);
        awaitMail(id, s -> "SENT".equals(s.get("status")), IVAN_ID);

        // every mail is in the audit trail: queued and sent, by the system
        List<Map<String, Object>> audit = auditOf(id);
        assertEquals(
                3,
                audit.stream()
                        .filter(e -> "mail.queued".equals(e.get("action")))
                        .count(),
                audit.toString());
        awaitAudit(id, "mail.sent", 3);
        assertTrue(auditOf(id).stream()
                .filter(e -> String.valueOf(e.get("action")).startsWith("mail."))
                .allMatch(e -> "system".equals(e.get("actorId"))));

        // another tenant sees nothing of it
        assertProblem(404, () -> http.toBlocking().exchange(get(GINA_ADMIN, "/api/v1/assessments/" + id)));
        assertTrue(((List<?>) call(get(GINA_ADMIN, "/api/v1/audit?size=200")).get("items"))
                .stream()
                        .noneMatch(e -> String.valueOf(e).contains(title)
                                || String.valueOf(e).contains(LUCIA)));
    }

    @Test
    void aMailServerThatIsDownNeverFailsTheRequestAndTheMailArrivesOnceItIsBack() {
        SMTP.stop();
        String title = "Server down " + System.nanoTime();
        long id = create(title);
        invite(id, MARCO_ID);
        Map<String, Object> opened = call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()));
        assertEquals("OPEN", opened.get("status"), "the admin's request succeeds");

        Map<String, Object> retrying = awaitMail(
                        id, s -> ((Number) s.get("attempts")).intValue() >= 2 && s.get("lastError") != null, MARCO_ID)
                .get(MARCO_ID);
        assertEquals("QUEUED", retrying.get("status"), "still queued while retrying: " + retrying);
        assertNull(retrying.get("sentAt"));

        SMTP.start();
        MimeMessage mail = one(MARCO_MARKETING, title);
        Map<String, Object> sent =
                awaitMail(id, s -> "SENT".equals(s.get("status")), MARCO_ID).get(MARCO_ID);
        assertNull(sent.get("lastError"));
        assertTrue(((Number) sent.get("attempts")).intValue() >= 3, sent.toString());
        TestSmtp.sleep(1500); // several more polls: nothing is sent again
        List<MimeMessage> all = SMTP.received().stream().filter(about(title)).toList();
        assertEquals(1, all.size(), "delivered exactly once");
        assertEquals(TestSmtp.messageId(mail), TestSmtp.messageId(all.get(0)));
    }

    private long create(String title) {
        return ((Number) call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", title)))
                        .get("id"))
                .longValue();
    }

    private void invite(long id, String userId) {
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", userId)));
    }

    private String tenantName() {
        return "Acme Manufacturing";
    }

    private static Predicate<MimeMessage> about(String title) {
        return m -> TestSmtp.subject(m).contains(title);
    }

    private MimeMessage one(String address, String title) {
        List<MimeMessage> found = SMTP.await(TestSmtp.to(address).and(about(title)), 1, WAIT);
        assertEquals(1, found.size(), "one mail to " + address);
        return found.get(0);
    }

    /** The respondents' mail states once each matches, read from the detail API. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> awaitMail(
            long id, Predicate<Map<String, Object>> done, String... userIds) {
        Instant until = Instant.now().plus(WAIT);
        while (true) {
            Map<String, Map<String, Object>> states = new HashMap<>();
            for (Map<String, Object> r : (List<Map<String, Object>>)
                    call(get(ANNA_ADMIN, "/api/v1/assessments/" + id)).get("respondents")) {
                if (r.get("mail") != null) {
                    states.put((String) r.get("userId"), (Map<String, Object>) r.get("mail"));
                }
            }
            boolean all = true;
            for (String u : userIds) {
                all &= states.containsKey(u) && done.test(states.get(u));
            }
            if (all) {
                return states;
            }
            assertTrue(Instant.now().isBefore(until), "mail states: " + states);
            TestSmtp.sleep(200);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> auditOf(long id) {
        return ((List<Map<String, Object>>)
                        call(get(ANNA_ADMIN, "/api/v1/audit?size=200")).get("items"))
                .stream()
                        .filter(e -> "assessment".equals(e.get("entityType"))
                                && String.valueOf(id).equals(e.get("entityId")))
                        .toList();
    }

    private void awaitAudit(long id, String action, int count) {
        Instant until = Instant.now().plus(WAIT);
        while (auditOf(id).stream().filter(e -> action.equals(e.get("action"))).count() < count) {
            assertTrue(Instant.now().isBefore(until), action + " in " + auditOf(id));
            TestSmtp.sleep(200);
        }
    }
}
