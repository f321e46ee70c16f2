package io.socialmaturity.mail;

import java.util.Locale;
import java.util.Map;

/**
 * A mail to queue. It names a template ({@code mail/templates/<template>.properties}, Italian in
 * {@code <template>_it.properties}) and the values of its placeholders; it is rendered in the recipient's
 * language when it is sent.
 *
 * @param subject what it is about, e.g. "assessment:42"; its delivery state is read back by it
 * @param recipientRef who it is for within the subject, e.g. a user id or "external:17"
 * @param template e.g. "assessment-invitation"; also the topic the outbox records
 * @param model the placeholders' values, e.g. {"assessment": "Q3 2026", "link": "https://…"}
 */
public record OutgoingMail(
        long tenantId,
        String subject,
        String recipientRef,
        String toAddress,
        String toName,
        Locale locale,
        String template,
        Map<String, String> model) {}
