package io.socialmaturity.mail;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
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

    MailQueue(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Queues the mail in the caller's transaction (it refuses to run without one) and returns its id. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        String payload;
        try {
            payload = json.writeValueAsString(new MailPayload(
                    mail.toAddress(), mail.toName(), mail.locale().toLanguageTag(), mail.template(), mail.model()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outbox.enqueue(mail.tenantId(), KIND, mail.template(), mail.subject(), mail.recipientRef(), payload);
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
