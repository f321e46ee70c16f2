package io.socialmaturity.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.testing.TestDatabase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Queueing a mail writes one outbox row in the caller's transaction, and only inside one. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailQueueTest implements TestPropertyProvider {

    @Inject
    MailQueue mails;

    @Inject
    TenantService tenants;

    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }

    @Test
    void aMailIsQueuedWithTheChangeAndItsStateReadsBackPerRecipient() {
        long tenant = tenants.ensure("mailqueue-a", "Mail Queue A", TenantKind.COMPANY, "retail", null, null)
                .id();
        String subject = "assessment:" + System.nanoTime();
        tx.executeWrite(s -> mails.enqueue(mail(tenant, subject, "u1")));
        tx.executeWrite(s -> mails.enqueue(mail(tenant, subject, "u1")));
        long newest = tx.executeWrite(s -> mails.enqueue(mail(tenant, subject, "u2")));

        Map<String, MailDelivery> states = mails.latestBySubject(tenant, subject);
        assertEquals(2, states.size());
        assertEquals(MailStatus.QUEUED, states.get("u2").status());
        assertEquals(newest, states.get("u2").id());
        assertTrue(mails.lastQueuedAt(tenant, subject, "u1", "assessment-invitation")
                .isPresent());
        assertTrue(
                mails.lastQueuedAt(tenant, subject, "u1", "assessment-reminder").isEmpty());

        long other = tenants.ensure("mailqueue-b", "Mail Queue B", TenantKind.COMPANY, "retail", null, null)
                .id();
        assertTrue(mails.latestBySubject(other, subject).isEmpty(), "another tenant reads nothing");
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        long tenant = tenants.ensure("mailqueue-a", "Mail Queue A", TenantKind.COMPANY, "retail", null, null)
                .id();
        assertThrows(RuntimeException.class, () -> mails.enqueue(mail(tenant, "assessment:0", "u1")));
    }

    private static OutgoingMail mail(long tenant, String subject, String recipient) {
        return new OutgoingMail(
                tenant,
                subject,
                recipient,
                recipient + "@example.com",
                "Person " + recipient,
                Locale.ITALIAN,
                "assessment-invitation",
                Map.of("assessment", "Q3", "link", "https://example.com/a/1"));
    }
}
