package io.socialmaturity.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.testing.TestDatabase;
import io.socialmaturity.testing.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two replicas (two application contexts in this JVM, each with its own dispatcher) against one database and one
 * mail server: every queued mail is delivered exactly once, counted by its Message-ID.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxReplicasTest {

    static final int MAILS = 60;

    final TestSmtp smtp = new TestSmtp();
    ApplicationContext first;
    ApplicationContext second;

    @BeforeAll
    void twoReplicas() {
        smtp.start();
        first = ApplicationContext.run(replica());
        second = ApplicationContext.run(replica());
    }

    @AfterAll
    void stop() {
        first.close();
        second.close();
        smtp.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoReplicasDispatchingTheSameOutboxDeliverEveryMailExactlyOnce() throws Exception {
        long tenant = first.getBean(TenantService.class)
                .ensure("replica-mail", "Replica Mail (test)", TenantKind.COMPANY, "retail", null, null)
                .id();
        String subject = "replicas:" + System.nanoTime();
        MailQueue queue = first.getBean(MailQueue.class);
        TransactionOperations<Connection> tx = first.getBean(TransactionOperations.class);
        tx.executeWrite(s -> {
            for (int i = 0; i < MAILS; i++) {
                queue.enqueue(new OutgoingMail(
                        tenant,
                        subject,
                        "r" + i,
                        "replica" + i + "@example.com",
                        "Replica " + i,
                        i % 2 == 0 ? Locale.ENGLISH : Locale.ITALIAN,
                        "assessment-invitation",
                        Map.of(
                                "name", "R" + i,
                                "inviter", "Anna",
                                "company", "Replica Mail",
                                "assessment", subject,
                                "link", "http://localhost:8080/assessments/1/questionnaire")));
            }
            return null;
        });

        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (count(
                        "SELECT COUNT(*) FROM outbox_message WHERE tenant_id = ? AND subject = ? AND status = 'SENT'",
                        tenant,
                        subject)
                < MAILS) {
            assertTrue(Instant.now().isBefore(until), "all sent in time");
            TestSmtp.sleep(200);
        }
        TestSmtp.sleep(1000); // more polls on both replicas: nothing is sent again

        List<MimeMessage> mails = smtp.received().stream()
                .filter(m -> TestSmtp.subject(m).contains(subject))
                .toList();
        Map<String, Long> byMessageId =
                mails.stream().collect(Collectors.groupingBy(TestSmtp::messageId, Collectors.counting()));
        assertEquals(MAILS, byMessageId.size(), "one Message-ID per queued mail");
        assertEquals(Set.of(1L), new HashSet<>(byMessageId.values()), "each delivered once: " + byMessageId);
        assertEquals(MAILS, mails.size());
        assertEquals(
                MAILS,
                count(
                        "SELECT COUNT(*) FROM outbox_message WHERE tenant_id = ? AND subject = ? AND attempts = 1",
                        tenant,
                        subject),
                "each delivered at the first attempt");
        Map<String, MimeMessage> byId =
                mails.stream().collect(Collectors.toMap(TestSmtp::messageId, Function.identity()));
        assertTrue(
                byId.keySet().stream().allMatch(id -> id.matches("<outbox-\\d+\\." + tenant + "@.+>")),
                byId.keySet().toString());
    }

    private Map<String, Object> replica() {
        Map<String, Object> p = new HashMap<>(TestDatabase.properties());
        p.put(TestDatabase.OUTBOX_ENABLED, "true");
        p.put("maturity.outbox.poll-interval", "50ms");
        p.put("maturity.outbox.batch-size", "3");
        p.put("maturity.mail.port", String.valueOf(smtp.port()));
        p.put("maturity.demo-data.enabled", "false");
        p.put("micronaut.server.port", "-1");
        return p;
    }

    private static long count(String sql, long tenant, String subject) throws Exception {
        Map<String, String> db = TestDatabase.properties();
        try (Connection c = DriverManager.getConnection(
                        db.get("datasources.default.url"),
                        db.get("datasources.default.username"),
                        db.get("datasources.default.password"));
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, tenant);
            s.setString(2, subject);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
