-- Assessments and everything under them are tenant-owned: every table starts its keys with tenant_id,
-- and child rows reference their parent through (tenant_id, assessment_id), so a row can never point
-- into another tenant.
CREATE TABLE assessment (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id             BIGINT        NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    framework_version_id  BIGINT        NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    created_by            VARCHAR(64)   NOT NULL,
    created_at            TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    opened_at             TIMESTAMP(3)  NULL,
    closed_at             TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assessment_tenant_id UNIQUE (tenant_id, id),
    KEY ix_assessment_tenant_created (tenant_id, created_at, id),
    CONSTRAINT fk_assessment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_assessment_framework FOREIGN KEY (framework_version_id) REFERENCES framework_version (id),
    CONSTRAINT ck_assessment_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_target (
    tenant_id      BIGINT       NOT NULL,
    assessment_id  BIGINT       NOT NULL,
    dimension_key  VARCHAR(64)  NOT NULL,
    target_level   TINYINT      NOT NULL,
    PRIMARY KEY (tenant_id, assessment_id, dimension_key),
    CONSTRAINT fk_target_assessment FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessment (tenant_id, id),
    CONSTRAINT ck_target_level CHECK (target_level BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE respondent (
    tenant_id          BIGINT        NOT NULL,
    assessment_id      BIGINT        NOT NULL,
    user_id            VARCHAR(64)   NOT NULL,
    display_name       VARCHAR(200)  NULL,
    email              VARCHAR(320)  NULL,
    business_function  VARCHAR(16)   NOT NULL,
    invited_at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    submitted_at       TIMESTAMP(3)  NULL,
    PRIMARY KEY (tenant_id, assessment_id, user_id),
    KEY ix_respondent_user (tenant_id, user_id),
    CONSTRAINT fk_respondent_assessment FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessment (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per respondent and question; revision grows by one with every change and guards against
-- stale writes. An answer is an option key, or not_applicable ("don't know / not applicable").
CREATE TABLE answer (
    tenant_id       BIGINT         NOT NULL,
    assessment_id   BIGINT         NOT NULL,
    user_id         VARCHAR(64)    NOT NULL,
    question_key    VARCHAR(64)    NOT NULL,
    option_key      VARCHAR(64)    NULL,
    not_applicable  BOOLEAN        NOT NULL DEFAULT FALSE,
    comment         VARCHAR(2000)  NULL,
    evidence_url    VARCHAR(1000)  NULL,
    revision        INT            NOT NULL,
    updated_at      TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, assessment_id, user_id, question_key),
    CONSTRAINT fk_answer_respondent FOREIGN KEY (tenant_id, assessment_id, user_id)
        REFERENCES respondent (tenant_id, assessment_id, user_id),
    CONSTRAINT ck_answer_choice CHECK ((option_key IS NULL) = not_applicable)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The result of a closed assessment, computed once at close and never changed.
CREATE TABLE result_snapshot (
    tenant_id      BIGINT        NOT NULL,
    assessment_id  BIGINT        NOT NULL,
    result         LONGTEXT      NOT NULL,
    created_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, assessment_id),
    CONSTRAINT fk_snapshot_assessment FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessment (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER result_snapshot_immutable BEFORE UPDATE ON result_snapshot
FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'result snapshots are immutable';
