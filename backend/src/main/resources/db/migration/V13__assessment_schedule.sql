-- An assessment's campaign schedule (optional, one row per assessment): the due date, whether it closes by
-- itself at the due date, and the reminder schedule. The due date is a calendar date: the assessment is due
-- at the end of that day in the zone maturity.campaigns.zone (default Europe/Rome).
-- Reminders start remind_days_before days before the due date and repeat every remind_every_days days
-- until it; the mails themselves are outbox rows (template assessment-reminder).
CREATE TABLE assessment_schedule (
    tenant_id           BIGINT        NOT NULL,
    assessment_id       BIGINT        NOT NULL,
    due_date            DATE          NULL,
    auto_close          BOOLEAN       NOT NULL DEFAULT FALSE,
    remind_days_before  INT           NULL,
    remind_every_days   INT           NULL,
    updated_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (tenant_id, assessment_id),
    KEY ix_schedule_due (due_date),
    CONSTRAINT fk_schedule_assessment FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessment (tenant_id, id),
    CONSTRAINT ck_schedule_reminders CHECK (
        (remind_days_before IS NULL AND remind_every_days IS NULL)
        OR (due_date IS NOT NULL AND remind_days_before >= 1 AND remind_every_days >= 1)),
    CONSTRAINT ck_schedule_auto_close CHECK (auto_close = FALSE OR due_date IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
