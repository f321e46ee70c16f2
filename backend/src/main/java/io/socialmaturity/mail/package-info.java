/**
 * Email: queues mails through the platform outbox in the caller's transaction, renders them from the
 * templates in {@code mail/templates}, and reports each recipient's delivery state.
 * Public face: {@link io.socialmaturity.mail.MailQueue}, {@link io.socialmaturity.mail.OutgoingMail},
 * {@link io.socialmaturity.mail.MailDelivery}, {@link io.socialmaturity.mail.MailStatus}.
 */
package io.socialmaturity.mail;
