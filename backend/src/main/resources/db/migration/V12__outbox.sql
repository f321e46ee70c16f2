-- The outbox: background work (emails now, webhooks later) written in the same transaction as the change
-- that causes it, then delivered by a dispatcher that claims rows with FOR UPDATE SKIP LOCKED, so each row
-- is handled by one replica, retried with back-off, and never lost when the receiver is down.
CREATE TABLE outbox_message (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT         NOT NULL,
    kind             VARCHAR(32)    NOT NULL,
    topic            VARCHAR(64)    NOT NULL,
    subject          VARCHAR(128)   NOT NULL,
    recipient_ref    VARCHAR(128)   NOT NULL,
    payload          JSON           NOT NULL,
    status           VARCHAR(16)    NOT NULL DEFAULT 'QUEUED',
    attempts         INT            NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    next_attempt_at  TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    sent_at          TIMESTAMP(3)   NULL,
    last_error       VARCHAR(500)   NULL,
    PRIMARY KEY (id),
    KEY ix_outbox_due (status, next_attempt_at, id),
    KEY ix_outbox_subject (tenant_id, subject, recipient_ref, id),
    CONSTRAINT fk_outbox_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_outbox_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
