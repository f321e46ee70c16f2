-- API clients (feature apiclients): a Keycloak confidential client per row, with the client-credentials grant,
-- whose tokens carry this tenant's organization alias and one realm role. The secret lives in Keycloak only.
-- A deleted client keeps its row (deleted_at set) so the backend refuses its tokens at once, before they expire.
CREATE TABLE api_client (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT        NOT NULL,
    client_id        VARCHAR(100)  NOT NULL,
    keycloak_id      VARCHAR(64)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    role             VARCHAR(32)   NOT NULL,
    created_at       TIMESTAMP(3)  NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    secret_rotated_at TIMESTAMP(3) NOT NULL,
    last_used_at     TIMESTAMP(3)  NULL,
    deleted_at       TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_api_client_client_id (client_id),
    KEY ix_api_client_tenant (tenant_id, deleted_at, id),
    CONSTRAINT fk_api_client_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Outgoing webhooks (feature webhooks): endpoints a tenant admin registers, and one delivery per event and endpoint.
-- The signing secret is stored (it must be, to sign); it is shown once, when created.
CREATE TABLE webhook_endpoint (
    id                    BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id             BIGINT         NOT NULL,
    url                   VARCHAR(2000)  NOT NULL,
    description           VARCHAR(500)   NULL,
    events                VARCHAR(1000)  NOT NULL,
    secret                VARCHAR(100)   NOT NULL,
    enabled               BOOLEAN        NOT NULL,
    disabled_reason       VARCHAR(500)   NULL,
    consecutive_failures  INT            NOT NULL DEFAULT 0,
    created_at            TIMESTAMP(3)   NOT NULL,
    created_by            VARCHAR(64)    NOT NULL,
    deleted_at            TIMESTAMP(3)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_webhook_endpoint_tenant (tenant_id, id),
    KEY ix_webhook_endpoint_tenant (tenant_id, deleted_at, enabled),
    CONSTRAINT fk_webhook_endpoint_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_delivery (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id           BIGINT         NOT NULL,
    endpoint_id         BIGINT         NOT NULL,
    -- the Standard Webhooks message id (header webhook-id): the same for every attempt and redelivery
    message_id          VARCHAR(64)    NOT NULL,
    event_type          VARCHAR(64)    NOT NULL,
    payload             LONGTEXT       NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    attempts            INT            NOT NULL DEFAULT 0,
    last_response_code  INT            NULL,
    last_error          VARCHAR(1000)  NULL,
    created_at          TIMESTAMP(3)   NOT NULL,
    last_attempt_at     TIMESTAMP(3)   NULL,
    delivered_at        TIMESTAMP(3)   NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_delivery_endpoint (tenant_id, endpoint_id, id),
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (tenant_id, endpoint_id)
        REFERENCES webhook_endpoint (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
