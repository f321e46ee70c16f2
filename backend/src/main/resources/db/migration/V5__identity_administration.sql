-- Changes made in Keycloak that must be undone when a multi-step operation failed half-way and the
-- immediate undo failed too (Keycloak went away in between). A scheduled job retries them until done;
-- rows are claimed with FOR UPDATE SKIP LOCKED so each runs on one replica only.
CREATE TABLE keycloak_repair (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    action      VARCHAR(32)   NOT NULL,
    target_id   VARCHAR(255)  NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    attempts    INT           NOT NULL DEFAULT 0,
    last_error  VARCHAR(500)  NULL,
    done_at     TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_keycloak_repair_pending (done_at, id),
    CONSTRAINT ck_keycloak_repair_action CHECK (action IN ('DELETE_USER', 'DELETE_ORGANIZATION', 'DELETE_IDENTITY_PROVIDER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Accounts the product disabled in Keycloak because their only tenant was disabled; re-enabling the tenant
-- re-enables exactly these (and not accounts a tenant admin had disabled on purpose).
CREATE TABLE tenant_suspension (
    tenant_id     BIGINT        NOT NULL,
    user_id       VARCHAR(64)   NOT NULL,
    suspended_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, user_id),
    CONSTRAINT fk_tenant_suspension_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
