package io.socialmaturity.mail;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.outbox.Outbox;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The mail feature's public face: queue a mail in the caller's transaction, read its delivery state back. */
@Singleton
public class MailQueue {

    static final String KIND = "email";

    private final Outbox outbox;
    private final JsonMapper json;
    private final AuditService audit;

    MailQueue(Outbox outbox, JsonMapper json, AuditService audit) {
        this.outbox = outbox;
        this.json = json;
        this.audit = audit;
    }

    /**
     * Queues the mail in the caller's transaction (it refuses to run without one), audits it there ("mail.queued",
     * on the subject's entity, e.g. assessment 42) and returns its id. The dispatcher sends it after the commit.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        String payload;
        try {
            payload = json.writeValueAsString(new MailPayload(
                    mail.toAddress(), mail.toName(), mail.locale().toLanguageTag(), mail.template(), mail.model()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long id = outbox.enqueue(mail.tenantId(), KIND, mail.template(), mail.subject(), mail.recipientRef(), payload);
        String[] entity = entity(mail.subject());
        audit.recordSystem(
                mail.tenantId(),
                MailSender.PROCESS,
                "mail.queued",
                entity[0],
                entity[1],
                Map.of("mailId", id, "template", mail.template(), "to", mail.recipientRef()));
        return id;
    }

    /** The audited entity of a subject: "assessment:42" is assessment 42; a subject without a type is a mail. */
    static String[] entity(String subject) {
        int colon = subject.indexOf(':');
        return colon > 0
                ? new String[] {subject.substring(0, colon), subject.substring(colon + 1)}
                : new String[] {"mail", subject};
    }

    /** The newest mail of each recipient of a subject, keyed by recipient ref. */
    public Map<String, MailDelivery> latestBySubject(long tenantId, String subject) {
        Map<String, MailDelivery> byRecipient = new LinkedHashMap<>();
        for (var e : outbox.latestBySubject(tenantId, KIND, subject)) {
            byRecipient.put(
                    e.recipientRef(),
                    new MailDelivery(
                            e.id(),
                            e.recipientRef(),
                            e.topic(),
                            MailStatus.valueOf(e.status().name()),
                            e.attempts(),
                            e.createdAt(),
                            e.sentAt(),
                            e.lastError()));
        }
        return byRecipient;
    }

    /** When a mail of this template was last queued for this recipient of this subject (e.g. a reminder). */
    public Optional<Instant> lastQueuedAt(long tenantId, String subject, String recipientRef, String template) {
        return outbox.lastQueuedAt(tenantId, KIND, subject, recipientRef, template);
    }
}
