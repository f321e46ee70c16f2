package io.socialmaturity.platform.outbox;

import java.time.Instant;

/**
 * Delivers the outbox messages of one {@link #kind()} (e.g. "email"; webhooks later). The dispatcher calls
 * {@link #deliver} outside any transaction, at least once per message: a crash between a delivery and its
 * being recorded delivers it again after the lease, so a handler gives the receiver a stable key per message
 * (an email's Message-ID) to recognise the repeat.
 */
public interface OutboxHandler {

    /** The kind of message this handler delivers, as {@link Outbox#enqueue} stored it. */
    String kind();

    /**
     * Delivers the message; returns normally only when the receiver took it. Any exception is a failure that
     * is retried with back-off, except {@link PermanentFailure}, which gives up at once.
     */
    void deliver(OutboxMessage message) throws Exception;

    /** Called in the transaction that records the message as sent (e.g. to audit it). */
    default void delivered(OutboxMessage message, Instant at) {}

    /** Called in the transaction that records the message as failed for good, with the reason. */
    default void gaveUp(OutboxMessage message, String reason) {}

    /** A failure that no retry can fix (e.g. an unknown template): the message fails without further attempts. */
    class PermanentFailure extends Exception {
        public PermanentFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
