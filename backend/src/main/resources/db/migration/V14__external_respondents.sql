-- Respondents without an account: someone the tenant admin added by email, who answers one assessment through
-- a personal link. They also have a respondent row (user_id 'external:<id>'), so their answers, progress and
-- results are those of any respondent of their business function.
-- The link's token is never stored: only its SHA-256 (hex). token_hash is NULL until the first link is made
-- (an assessment still in draft gets its links when it opens); a re-send replaces it, so the old link dies.
CREATE TABLE external_respondent (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id          BIGINT        NOT NULL,
    assessment_id      BIGINT        NOT NULL,
    email              VARCHAR(320)  NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    business_function  VARCHAR(16)   NOT NULL,
    language           VARCHAR(8)    NOT NULL,
    expires_on         DATE          NULL,
    token_hash         CHAR(64)      NULL,
    link_created_at    TIMESTAMP(3)  NULL,
    link_expires_at    TIMESTAMP(3)  NULL,
    revoked_at         TIMESTAMP(3)  NULL,
    created_by         VARCHAR(64)   NOT NULL,
    created_at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_external_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT uk_external_email UNIQUE (tenant_id, assessment_id, email),
    CONSTRAINT uk_external_token UNIQUE (token_hash),
    CONSTRAINT fk_external_assessment FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessment (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
