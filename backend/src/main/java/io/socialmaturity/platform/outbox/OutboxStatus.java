package io.socialmaturity.platform.outbox;

/** QUEUED until delivered (SENT) or given up after the last retry (FAILED, with the reason). */
public enum OutboxStatus {
    QUEUED,
    SENT,
    FAILED
}
