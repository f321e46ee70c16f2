-- Recurring cycles. A row exists for an assessment that repeats ("repeat every N months") or that belongs
-- to a series (it was created as the next cycle of one). series_id is the id of the first assessment of the
-- series; previous_id the one it follows; next_id the draft created when this one closed. The unique key on
-- next_id's predecessor (one row per assessment) and the check "next_id IS NULL" under the row lock make a
-- close create exactly one next cycle.
CREATE TABLE assessment_cycle (
    tenant_id        BIGINT   NOT NULL,
    assessment_id    BIGINT   NOT NULL,
    series_id        BIGINT   NOT NULL,
    previous_id      BIGINT   NULL,
    next_id          BIGINT   NULL,
    repeat_months    TINYINT  NULL,
    pin_version      BOOLEAN  NOT NULL DEFAULT FALSE,
    PRIMARY KEY (tenant_id, assessment_id),
    KEY ix_cycle_series (tenant_id, series_id, assessment_id),
    CONSTRAINT uk_cycle_next UNIQUE (tenant_id, next_id),
    CONSTRAINT fk_cycle_assessment FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessment (tenant_id, id),
    CONSTRAINT fk_cycle_series FOREIGN KEY (tenant_id, series_id) REFERENCES assessment (tenant_id, id),
    CONSTRAINT fk_cycle_previous FOREIGN KEY (tenant_id, previous_id) REFERENCES assessment (tenant_id, id),
    CONSTRAINT fk_cycle_next FOREIGN KEY (tenant_id, next_id) REFERENCES assessment (tenant_id, id),
    CONSTRAINT ck_cycle_repeat CHECK (repeat_months IS NULL OR repeat_months BETWEEN 1 AND 24)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The published-figure placements of a closed assessment (from its snapshot, at close), so history and
-- trend read the pulse points and the full assessments' matching figures from a few rows.
CREATE TABLE closed_figure (
    tenant_id        BIGINT         NOT NULL,
    assessment_id    BIGINT         NOT NULL,
    figure_key       VARCHAR(64)    NOT NULL,
    question_key     VARCHAR(64)    NOT NULL,
    published_value  DECIMAL(5, 2)  NOT NULL,
    company_value    DECIMAL(5, 2)  NULL,
    sample_size      INT            NOT NULL,
    PRIMARY KEY (tenant_id, assessment_id, figure_key),
    CONSTRAINT fk_closed_figure_result FOREIGN KEY (tenant_id, assessment_id)
        REFERENCES closed_result (tenant_id, assessment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
