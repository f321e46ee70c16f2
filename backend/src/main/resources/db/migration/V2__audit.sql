-- Audit trail: who changed what, when, in which tenant. Rows are only ever inserted.
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT        NOT NULL,
    occurred_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor_id     VARCHAR(64)   NOT NULL,
    actor_name   VARCHAR(200)  NULL,
    action       VARCHAR(64)   NOT NULL,
    entity_type  VARCHAR(32)   NOT NULL,
    entity_id    VARCHAR(128)  NOT NULL,
    details      JSON          NULL,
    PRIMARY KEY (id),
    KEY ix_audit_tenant_time (tenant_id, occurred_at, id),
    CONSTRAINT fk_audit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
