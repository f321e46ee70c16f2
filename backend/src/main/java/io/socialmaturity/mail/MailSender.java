package io.socialmaturity.mail;

import io.micronaut.json.JsonMapper;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.outbox.OutboxHandler;
import io.socialmaturity.platform.outbox.OutboxMessage;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Delivers the outbox's "email" messages over SMTP (Jakarta Mail with Eclipse Angus): renders the template in the
 * recipient's language into one HTML + text mail and hands it to the configured server ({@link MailProperties}).
 * Each message carries a Message-ID derived from its outbox row, the same on every attempt, so a mail delivered
 * twice (a crash between sending and recording it) can be recognised as one. Sent and failed mails are audited
 * with the system as actor.
 */
@Singleton
class MailSender implements OutboxHandler {

    static final String PROCESS = "mail sender";

    private final MailTemplates templates;
    private final MailProperties properties;
    private final JsonMapper json;
    private final AuditService audit;
    private final Clock clock;
    private final Session session;

    MailSender(MailTemplates templates, MailProperties properties, JsonMapper json, AuditService audit, Clock clock) {
        this.templates = templates;
        this.properties = properties;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.session = Session.getInstance(sessionProperties(properties));
    }

    @Override
    public String kind() {
        return MailQueue.KIND;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        MimeMessage mail = compose(message);
        if (properties.authenticates()) {
            Transport.send(mail, properties.username(), properties.password());
        } else {
            Transport.send(mail);
        }
    }

    /** The mail of an outbox row; a payload that can never become a mail is a permanent failure. */
    MimeMessage compose(OutboxMessage message) throws PermanentFailure, MessagingException {
        MailPayload payload;
        RenderedMail rendered;
        InternetAddress to;
        try {
            payload = json.readValue(message.payload(), MailPayload.class);
            rendered = templates.render(payload.template(), Locale.forLanguageTag(payload.locale()), payload.model());
            to = new InternetAddress(payload.to(), payload.name(), StandardCharsets.UTF_8.name());
            to.validate();
        } catch (IOException | IllegalArgumentException | AddressException e) {
            throw new PermanentFailure("cannot compose the mail: " + e.getMessage(), e);
        }
        String messageId = messageId(message);
        MimeMessage mail = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            mail.setFrom(new InternetAddress(
                    properties.fromAddress(), properties.fromName(), StandardCharsets.UTF_8.name()));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new PermanentFailure("bad sender address", e);
        }
        mail.setRecipient(Message.RecipientType.TO, to);
        mail.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
        mail.setSentDate(Date.from(Instant.now(clock)));
        mail.setHeader("Content-Language", MailTemplates.language(Locale.forLanguageTag(payload.locale())));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(rendered.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mail.setContent(alternative);
        mail.saveChanges();
        return mail;
    }

    /** Stable per outbox row: every attempt, on every replica, sends the same id. */
    String messageId(OutboxMessage message) {
        return "<outbox-" + message.id() + "." + message.tenantId() + "@" + properties.domain() + ">";
    }

    @Override
    public void delivered(OutboxMessage message, Instant at) {
        audit(
                message,
                "mail.sent",
                Map.of("mailId", message.id(), "template", message.topic(), "to", message.recipientRef()));
    }

    @Override
    public void gaveUp(OutboxMessage message, String reason) {
        audit(
                message,
                "mail.failed",
                Map.of(
                        "mailId",
                        message.id(),
                        "template",
                        message.topic(),
                        "to",
                        message.recipientRef(),
                        "reason",
                        reason));
    }

    private void audit(OutboxMessage message, String action, Map<String, ?> details) {
        String[] entity = MailQueue.entity(message.subject());
        audit.recordSystem(message.tenantId(), PROCESS, action, entity[0], entity[1], details);
    }

    static Properties sessionProperties(MailProperties p) {
        Properties props = new Properties();
        String timeout = String.valueOf(p.timeout().toMillis());
        props.put("mail.smtp.host", p.host());
        props.put("mail.smtp.port", String.valueOf(p.port()));
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        props.put("mail.smtp.auth", String.valueOf(p.authenticates()));
        props.put("mail.smtp.starttls.enable", String.valueOf(p.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(p.starttls()));
        props.put("mail.smtp.from", p.fromAddress());
        return props;
    }
}
