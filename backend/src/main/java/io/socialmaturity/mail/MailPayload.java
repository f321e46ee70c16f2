package io.socialmaturity.mail;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** What the outbox stores for a mail: the recipient, the language and the template with its values. */
@Serdeable
record MailPayload(String to, String name, String locale, String template, Map<String, String> model) {}
