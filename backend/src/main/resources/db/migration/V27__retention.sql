-- A tenant's retention setting (feature retention): closed assessments whose close is older than `years` years
-- are deleted with everything under them by the daily retention job. No row: keep forever. The bounds (1-50) are
-- checked by the API; README.md, "Retention", says why the minimum is one year.
CREATE TABLE tenant_retention (
    tenant_id   BIGINT        NOT NULL,
    years       INT           NOT NULL,
    updated_at  TIMESTAMP(3)  NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_retention_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_retention_years CHECK (years BETWEEN 1 AND 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
