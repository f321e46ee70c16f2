package io.socialmaturity.mail;

/** QUEUED until the mail server took it (SENT) or the last retry failed (FAILED, with the reason). */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED
}
