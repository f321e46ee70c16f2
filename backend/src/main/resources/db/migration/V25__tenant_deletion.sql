-- A platform admin's request to delete a tenant (feature provisioning). While the row exists the tenant is
-- disabled and can be restored; after due_at the purge job deletes the tenant's Keycloak organization, identity
-- providers and the accounts that belong only to it, then every row of the tenant (this one last but the tenant).
-- was_disabled remembers whether the tenant was already disabled, so a restore returns it to that state.
CREATE TABLE tenant_deletion (
    tenant_id     BIGINT        NOT NULL,
    requested_at  TIMESTAMP(3)  NOT NULL,
    requested_by  VARCHAR(64)   NOT NULL,
    due_at        TIMESTAMP(3)  NOT NULL,
    was_disabled  BOOLEAN       NOT NULL,
    PRIMARY KEY (tenant_id),
    KEY ix_tenant_deletion_due (due_at),
    CONSTRAINT fk_tenant_deletion_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
