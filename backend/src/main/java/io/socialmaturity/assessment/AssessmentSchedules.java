package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentCommands.SetSchedule;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tenant admin sets an assessment's due date, auto-close and reminder schedule: at creation, and later while
 * it is a draft or open ({@code PUT /api/v1/assessments/{id}/schedule}). Rules in {@link DueDates}.
 */
@Singleton
class AssessmentSchedules {

    private final ScheduleRepository schedules;
    private final AssessmentAccess access;
    private final AssessmentOverview overview;
    private final AuditService audit;
    private final CampaignProperties properties;
    private final Clock clock;

    AssessmentSchedules(
            ScheduleRepository schedules,
            AssessmentAccess access,
            AssessmentOverview overview,
            AuditService audit,
            CampaignProperties properties,
            Clock clock) {
        this.schedules = schedules;
        this.access = access;
        this.overview = overview;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public AssessmentDetail set(CurrentUser admin, long id, SetSchedule command) {
        AssessmentRules.requireAdmin(admin);
        AssessmentRecord a = access.lockForChange(admin, id);
        AssessmentRules.requireStatus(
                a.status(), "problem.wrong-status.schedule", AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
        var current = schedules
                .find(a.tenantId(), a.id())
                .map(ScheduleRecord::dueDate)
                .orElse(null);
        store(admin, a, command, current, "");
        return overview.detail(access.find(admin, id));
    }

    /** At creation, in the creation's transaction; fields are named {@code schedule.*}. */
    void setAtCreation(CurrentUser admin, AssessmentRecord a, SetSchedule command) {
        store(admin, a, command, null, "schedule.");
    }

    private void store(
            CurrentUser admin,
            AssessmentRecord a,
            SetSchedule command,
            @Nullable java.time.LocalDate current,
            String prefix) {
        Instant now = Instant.now(clock);
        DueDates.requireValid(command, DueDates.today(now, properties.zoneId()), current, prefix);
        schedules.upsert(
                a.tenantId(),
                a.id(),
                command.dueDate(),
                Boolean.TRUE.equals(command.autoClose()),
                command.reminderDaysBefore(),
                command.reminderEveryDays(),
                now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(
                "dueDate", command.dueDate() == null ? "" : command.dueDate().toString());
        details.put("autoClose", Boolean.TRUE.equals(command.autoClose()));
        if (command.reminderDaysBefore() != null) {
            details.put("reminderDaysBefore", command.reminderDaysBefore());
            details.put("reminderEveryDays", command.reminderEveryDays());
        }
        audit.record(a.tenantId(), admin, "assessment.schedule-set", "assessment", String.valueOf(a.id()), details);
    }
}
