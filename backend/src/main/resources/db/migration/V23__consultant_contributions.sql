-- A company may let a consultancy it has engaged contribute to its action plan: the consultancy proposes actions,
-- the company's tenant admins accept (an action is created) or reject them. Off by default.
ALTER TABLE engagement ADD COLUMN contribute BOOLEAN NOT NULL DEFAULT FALSE;

-- Proposals (feature clientplans). tenant_id is the company whose plan it is for; the consultancy's side reads them
-- through (consultancy_tenant_id, tenant_id) and only while the engagement is active. dimension_key and
-- question_keys are checked against framework_key/version (the proposal's assessment's, else the client's latest
-- visible result's, else the latest default framework). action_id: the action made on acceptance; no foreign key,
-- because the company may delete that action later and the proposal stays as history.
CREATE TABLE action_proposal (
    id                     BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id              BIGINT         NOT NULL,
    engagement_id          BIGINT         NOT NULL,
    consultancy_tenant_id  BIGINT         NOT NULL,
    proposed_by            VARCHAR(64)    NOT NULL,
    proposed_by_name       VARCHAR(200)   NULL,
    title                  VARCHAR(200)   NOT NULL,
    description            TEXT           NULL,
    assessment_id          BIGINT         NULL,
    framework_key          VARCHAR(64)    NOT NULL,
    framework_version      INT            NOT NULL,
    dimension_key          VARCHAR(64)    NOT NULL,
    question_keys          VARCHAR(2000)  NOT NULL DEFAULT '',
    effort                 VARCHAR(1)     NULL,
    expected_level         INT            NULL,
    due_date               DATE           NULL,
    status                 VARCHAR(16)    NOT NULL,
    created_at             TIMESTAMP(3)   NOT NULL,
    decided_by             VARCHAR(64)    NULL,
    decided_by_name        VARCHAR(200)   NULL,
    decided_at             TIMESTAMP(3)   NULL,
    decision_note          VARCHAR(2000)  NULL,
    action_id              BIGINT         NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_proposal_tenant (tenant_id, id),
    KEY ix_proposal_company (tenant_id, status, created_at),
    KEY ix_proposal_consultancy (consultancy_tenant_id, tenant_id, created_at),
    CONSTRAINT fk_proposal_company FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_proposal_consultancy FOREIGN KEY (consultancy_tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_proposal_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT ck_proposal_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_proposal_effort CHECK (effort IS NULL OR effort IN ('S', 'M', 'L')),
    CONSTRAINT ck_proposal_level CHECK (expected_level IS NULL OR expected_level BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
