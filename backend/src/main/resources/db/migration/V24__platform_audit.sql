-- The platform's own audit trail: what platform admins and the platform's jobs did to tenants (created,
-- disabled, deletion requested, restored, purged, a person erased, retention changed or applied). A row names
-- its tenant by alias and has no foreign key to it: the trail outlives a deleted tenant. Rows are only inserted.
CREATE TABLE platform_audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor_id     VARCHAR(64)   NOT NULL,
    actor_name   VARCHAR(200)  NULL,
    action       VARCHAR(64)   NOT NULL,
    tenant_alias VARCHAR(40)   NULL,
    entity_type  VARCHAR(32)   NOT NULL,
    entity_id    VARCHAR(128)  NOT NULL,
    details      JSON          NULL,
    PRIMARY KEY (id),
    KEY ix_platform_audit_time (occurred_at, id),
    KEY ix_platform_audit_tenant (tenant_alias, occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
