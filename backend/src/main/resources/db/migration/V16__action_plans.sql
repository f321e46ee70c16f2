-- Action plans (feature actions): a company's improvement actions, fed from a result's roadmap or added by a tenant
-- admin. dimension_key and question_keys are checked against the framework version stored with the action (the
-- source assessment's, else the latest of the default framework). question_keys: comma-separated, may be empty.
-- done_at is when the action last became done (the loop-closing figures count actions done between assessments).
CREATE TABLE action_item (
    id                        BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id                 BIGINT         NOT NULL,
    title                     VARCHAR(200)   NOT NULL,
    description               TEXT           NULL,
    framework_key             VARCHAR(64)    NOT NULL,
    framework_version         INT            NOT NULL,
    dimension_key             VARCHAR(64)    NOT NULL,
    question_keys             VARCHAR(2000)  NOT NULL DEFAULT '',
    due_date                  DATE           NULL,
    status                    VARCHAR(16)    NOT NULL,
    effort                    VARCHAR(1)     NULL,
    cost_estimate             DECIMAL(14, 2) NULL,
    expected_level            INT            NULL,
    source_assessment_id      BIGINT         NULL,
    source_recommendation_key VARCHAR(100)   NULL,
    done_at                   TIMESTAMP(3)   NULL,
    created_by                VARCHAR(64)    NOT NULL,
    created_at                TIMESTAMP(3)   NOT NULL,
    updated_at                TIMESTAMP(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_action_tenant (tenant_id, id),
    KEY ix_action_dimension (tenant_id, dimension_key),
    CONSTRAINT fk_action_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_action_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'DROPPED')),
    CONSTRAINT ck_action_effort CHECK (effort IS NULL OR effort IN ('S', 'M', 'L')),
    CONSTRAINT ck_action_level CHECK (expected_level IS NULL OR expected_level BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The owners of an action, with their name, email, business function and language as the directory gave them when
-- they were assigned (lists, mails and the digest need no Keycloak call).
CREATE TABLE action_owner (
    tenant_id          BIGINT        NOT NULL,
    action_id          BIGINT        NOT NULL,
    user_id            VARCHAR(64)   NOT NULL,
    display_name       VARCHAR(200)  NOT NULL,
    email              VARCHAR(320)  NULL,
    business_function  VARCHAR(32)   NULL,
    locale             VARCHAR(8)    NULL,
    PRIMARY KEY (tenant_id, action_id, user_id),
    KEY ix_action_owner_user (tenant_id, user_id),
    CONSTRAINT fk_action_owner_action FOREIGN KEY (tenant_id, action_id) REFERENCES action_item (tenant_id, id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The update log of an action: who, when, what changed (JSON {field: {from, to}}), and a note.
CREATE TABLE action_update (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT        NOT NULL,
    action_id   BIGINT        NOT NULL,
    at          TIMESTAMP(3)  NOT NULL,
    actor_id    VARCHAR(64)   NOT NULL,
    actor_name  VARCHAR(200)  NULL,
    kind        VARCHAR(32)   NOT NULL,
    changes     TEXT          NULL,
    note        TEXT          NULL,
    PRIMARY KEY (id),
    KEY ix_action_update (tenant_id, action_id, id),
    CONSTRAINT fk_action_update_action FOREIGN KEY (tenant_id, action_id) REFERENCES action_item (tenant_id, id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The weekly digest's claim: one row per owner and ISO week (e.g. 2026-W49). A replica queues an owner's digest
-- only when its INSERT IGNORE added the row (the row carries its random claim), in the same transaction as the mail:
-- at most one digest a week.
CREATE TABLE action_digest (
    tenant_id  BIGINT        NOT NULL,
    user_id    VARCHAR(64)   NOT NULL,
    iso_week   VARCHAR(8)    NOT NULL,
    queued_at  TIMESTAMP(3)  NOT NULL,
    claim      VARCHAR(36)   NOT NULL,
    PRIMARY KEY (tenant_id, user_id, iso_week)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
