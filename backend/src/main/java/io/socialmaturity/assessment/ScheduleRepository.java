package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.socialmaturity.platform.db.CrossTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The schedules and what the due-date jobs claim. The jobs' searches cross tenants (they answer ids only); each
 * assessment is then handled in its own tenant's scope after its row was claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so one replica handles it.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ScheduleRepository extends GenericRepository<ScheduleRecord, ScheduleRecord.Key> {

    @Query("SELECT * FROM assessment_schedule WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    Optional<ScheduleRecord> find(long tenantId, long assessmentId);

    @Query("SELECT * FROM assessment_schedule WHERE tenant_id = :tenantId AND assessment_id IN (:assessmentIds)")
    List<ScheduleRecord> forAssessments(long tenantId, Collection<Long> assessmentIds);

    @Query("""
            INSERT INTO assessment_schedule
                (tenant_id, assessment_id, due_date, auto_close, remind_days_before, remind_every_days, updated_at)
            VALUES (:tenantId, :assessmentId, :dueDate, :autoClose, :remindDaysBefore, :remindEveryDays, :at)
            ON DUPLICATE KEY UPDATE due_date = VALUES(due_date), auto_close = VALUES(auto_close),
                remind_days_before = VALUES(remind_days_before), remind_every_days = VALUES(remind_every_days),
                updated_at = VALUES(updated_at)""")
    void upsert(
            long tenantId,
            long assessmentId,
            @Nullable LocalDate dueDate,
            boolean autoClose,
            @Nullable Integer remindDaysBefore,
            @Nullable Integer remindEveryDays,
            Instant at);

    /** Claims an open assessment for a job: empty when it is not open any more or another replica holds it. */
    @Query(
            "SELECT id FROM assessment WHERE tenant_id = :tenantId AND id = :id AND status = 'OPEN' FOR UPDATE SKIP LOCKED")
    Optional<Long> claimOpen(long tenantId, long id);

    @CrossTenant(
            "the auto-close job finds due assessments of every tenant; it reads ids only and closes each in its tenant")
    @Query("""
            SELECT s.tenant_id AS tenant_id, s.assessment_id AS assessment_id FROM assessment_schedule s
            JOIN assessment a ON a.tenant_id = s.tenant_id AND a.id = s.assessment_id
            WHERE s.auto_close = TRUE AND s.due_date < :today AND a.status = 'OPEN'
            ORDER BY s.due_date, s.assessment_id LIMIT 200""")
    List<AssessmentRef> dueForClosing(LocalDate today);

    @CrossTenant("the reminder job finds open assessments of every tenant whose reminders have started; ids only")
    @Query("""
            SELECT s.tenant_id AS tenant_id, s.assessment_id AS assessment_id FROM assessment_schedule s
            JOIN assessment a ON a.tenant_id = s.tenant_id AND a.id = s.assessment_id
            WHERE s.remind_days_before IS NOT NULL AND s.due_date >= :today
              AND DATE_SUB(s.due_date, INTERVAL s.remind_days_before DAY) <= :today AND a.status = 'OPEN'
            ORDER BY s.due_date, s.assessment_id LIMIT 500""")
    List<AssessmentRef> remindingOn(LocalDate today);

    /** An assessment of some tenant, as the jobs find it. */
    @Introspected
    record AssessmentRef(long tenantId, long assessmentId) {}
}
