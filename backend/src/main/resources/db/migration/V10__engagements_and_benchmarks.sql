-- Closed results, denormalised at close time (same transaction as the snapshot), so history, the
-- consultants' portfolio and comparisons read a few indexed rows instead of parsing JSON snapshots.
-- Tenant-owned: keys start with tenant_id and rows point at their assessment through (tenant_id, id).
CREATE TABLE closed_result (
    tenant_id             BIGINT         NOT NULL,
    assessment_id         BIGINT         NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    framework_version_id  BIGINT         NOT NULL,
    closed_at             TIMESTAMP(3)   NOT NULL,
    overall_score         DECIMAL(5, 2)  NULL,
    overall_level         TINYINT        NULL,
    socially_enabled      BOOLEAN        NOT NULL,
    respondent_count      INT            NOT NULL,
    -- the company's segment when the assessment closed ('' when unknown); benchmarks use these
    industry              VARCHAR(64)    NOT NULL,
    size_band             VARCHAR(16)    NOT NULL,
    country               VARCHAR(2)     NOT NULL,
    PRIMARY KEY (tenant_id, assessment_id),
    KEY ix_closed_result_latest (tenant_id, closed_at, assessment_id),
    CONSTRAINT fk_closed_result_assessment FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessment (tenant_id, id),
    CONSTRAINT fk_closed_result_framework FOREIGN KEY (framework_version_id) REFERENCES framework_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE closed_dimension (
    tenant_id      BIGINT         NOT NULL,
    assessment_id  BIGINT         NOT NULL,
    dimension_key  VARCHAR(64)    NOT NULL,
    score          DECIMAL(5, 2)  NULL,
    level          TINYINT        NULL,
    PRIMARY KEY (tenant_id, assessment_id, dimension_key),
    CONSTRAINT fk_closed_dimension_result FOREIGN KEY (tenant_id, assessment_id)
        REFERENCES closed_result (tenant_id, assessment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The benchmark population: per framework version, each COMPANY counts once, with the dimension scores
-- of its latest closed assessment of that version and its segment (industry, size band, country) as it
-- was when that assessment closed. This table is read across tenants on purpose; nothing from it
-- leaves the backend except the statistics below, and only from at least 5 companies.
CREATE TABLE benchmark_member (
    framework_version_id  BIGINT         NOT NULL,
    company_id            BIGINT         NOT NULL,
    dimension_key         VARCHAR(64)    NOT NULL,
    assessment_id         BIGINT         NOT NULL,
    score                 DECIMAL(5, 2)  NOT NULL,
    industry              VARCHAR(64)    NOT NULL,
    size_band             VARCHAR(16)    NOT NULL,
    country               VARCHAR(2)     NOT NULL,
    PRIMARY KEY (framework_version_id, company_id, dimension_key),
    KEY ix_member_industry (framework_version_id, industry, dimension_key, score),
    KEY ix_member_size (framework_version_id, size_band, dimension_key, score),
    KEY ix_member_country (framework_version_id, country, dimension_key, score),
    KEY ix_member_all (framework_version_id, dimension_key, score),
    CONSTRAINT fk_member_company FOREIGN KEY (company_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Precomputed statistics per framework version × segment × dimension, recomputed for the affected
-- segments whenever a company's member rows change. segment_type is ALL (segment_value ''), INDUSTRY,
-- SIZE_BAND or COUNTRY. Quartiles are only stored when company_count >= 5.
CREATE TABLE benchmark_stat (
    framework_version_id  BIGINT         NOT NULL,
    segment_type          VARCHAR(16)    NOT NULL,
    segment_value         VARCHAR(64)    NOT NULL,
    dimension_key         VARCHAR(64)    NOT NULL,
    company_count         INT            NOT NULL,
    p25                   DECIMAL(7, 4)  NULL,
    median                DECIMAL(7, 4)  NULL,
    p75                   DECIMAL(7, 4)  NULL,
    computed_at           TIMESTAMP(3)   NOT NULL,
    PRIMARY KEY (framework_version_id, segment_type, segment_value, dimension_key),
    CONSTRAINT ck_stat_segment CHECK (segment_type IN ('ALL', 'INDUSTRY', 'SIZE_BAND', 'COUNTRY')),
    CONSTRAINT ck_stat_k_anonymous CHECK (company_count >= 5 OR (p25 IS NULL AND median IS NULL AND p75 IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per framework version, locked (SELECT ... FOR UPDATE) by every close that changes the
-- population, so statistics are recomputed one close at a time and the last one sees every member.
CREATE TABLE benchmark_version_lock (
    framework_version_id  BIGINT  NOT NULL,
    PRIMARY KEY (framework_version_id)
) ENGINE = InnoDB;

-- Engagements: a company (tenant admin) grants a consultancy access to its closed results, to all of
-- them or to chosen assessments. The consultancy accepts (PENDING -> ACTIVE) or declines; the company
-- can revoke at any time (-> REVOKED) and grant again later (the same row becomes PENDING again).
CREATE TABLE engagement (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    company_tenant_id      BIGINT        NOT NULL,
    consultancy_tenant_id  BIGINT        NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    all_assessments        BOOLEAN       NOT NULL,
    granted_by             VARCHAR(64)   NOT NULL,
    granted_at             TIMESTAMP(3)  NOT NULL,
    accepted_by            VARCHAR(64)   NULL,
    accepted_at            TIMESTAMP(3)  NULL,
    ended_by               VARCHAR(64)   NULL,
    ended_at               TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_engagement_pair UNIQUE (company_tenant_id, consultancy_tenant_id),
    KEY ix_engagement_consultancy (consultancy_tenant_id, status, company_tenant_id),
    CONSTRAINT fk_engagement_company FOREIGN KEY (company_tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_engagement_consultancy FOREIGN KEY (consultancy_tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_engagement_status CHECK (status IN ('PENDING', 'ACTIVE', 'DECLINED', 'REVOKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The chosen assessments of an engagement that does not cover all of them.
CREATE TABLE engagement_assessment (
    engagement_id      BIGINT  NOT NULL,
    company_tenant_id  BIGINT  NOT NULL,
    assessment_id      BIGINT  NOT NULL,
    PRIMARY KEY (engagement_id, assessment_id),
    CONSTRAINT fk_ea_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_ea_assessment FOREIGN KEY (company_tenant_id, assessment_id) REFERENCES assessment (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
