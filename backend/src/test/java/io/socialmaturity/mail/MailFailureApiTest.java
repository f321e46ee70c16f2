package io.socialmaturity.mail;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.TestDatabase;
import io.socialmaturity.testing.TestSmtp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A mail server that never answers: after the configured attempts the mail is FAILED, with the reason, in the
 * assessment's detail and the audit trail; the admin's requests all succeeded; another tenant sees none of it.
 */
@MicronautTest(transactional = false)
class MailFailureApiTest extends ApiTest {

    /** A free port where nothing listens (the server is never started). */
    static final TestSmtp NOBODY = new TestSmtp();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put(TestDatabase.OUTBOX_ENABLED, "true");
        p.put("maturity.outbox.poll-interval", "100ms");
        p.put("maturity.outbox.first-retry", "100ms");
        p.put("maturity.outbox.max-retry", "200ms");
        p.put("maturity.outbox.max-attempts", "3");
        p.put("maturity.mail.port", String.valueOf(NOBODY.port()));
        return p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterTheLastAttemptTheMailIsFailedWithTheReasonInTheDetail() {
        long id = ((Number)
                        call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "Failing " + System.nanoTime())))
                                .get("id"))
                .longValue();
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        assertEquals(
                "OPEN",
                call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()))
                        .get("status"));

        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        Map<String, Object> mail;
        while (true) {
            List<Map<String, Object>> respondents = (List<Map<String, Object>>)
                    call(get(ANNA_ADMIN, "/api/v1/assessments/" + id)).get("respondents");
            mail = (Map<String, Object>) respondents.get(0).get("mail");
            if (mail != null && "FAILED".equals(mail.get("status"))) {
                break;
            }
            assertTrue(Instant.now().isBefore(until), "failed in time: " + mail);
            TestSmtp.sleep(200);
        }
        assertEquals(3, mail.get("attempts"));
        assertNull(mail.get("sentAt"));
        String reason = String.valueOf(mail.get("lastError"));
        assertTrue(reason.contains("Connection refused") || reason.contains("connect"), reason);

        List<Map<String, Object>> audit = ((List<Map<String, Object>>)
                        call(get(ANNA_ADMIN, "/api/v1/audit?size=200")).get("items"))
                .stream()
                        .filter(e ->
                                String.valueOf(id).equals(e.get("entityId")) && "mail.failed".equals(e.get("action")))
                        .toList();
        assertEquals(1, audit.size());
        assertEquals("system", audit.get(0).get("actorId"));
        assertEquals(reason, ((Map<String, Object>) audit.get(0).get("details")).get("reason"));

        assertProblem(404, () -> http.toBlocking().exchange(get(GINA_ADMIN, "/api/v1/assessments/" + id)));
        assertFalse(call(get(GINA_ADMIN, "/api/v1/audit?size=200")).toString().contains(reason));
    }
}
