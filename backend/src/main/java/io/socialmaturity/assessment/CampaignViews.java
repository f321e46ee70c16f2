package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.assessment.AssessmentViews.Completion;
import io.socialmaturity.assessment.AssessmentViews.FunctionCompletion;
import io.socialmaturity.assessment.AssessmentViews.ScheduleView;
import io.socialmaturity.framework.definition.BusinessFunction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign parts of the assessment views: the schedule (due date, days left, next reminder) and completion
 * by business function, from the grouped progress rows ({@link RespondentRepository#progress}).
 */
@Singleton
class CampaignViews {

    private final ScheduleRepository schedules;
    private final RespondentRepository respondents;
    private final CampaignProperties properties;
    private final Clock clock;

    CampaignViews(
            ScheduleRepository schedules,
            RespondentRepository respondents,
            CampaignProperties properties,
            Clock clock) {
        this.schedules = schedules;
        this.respondents = respondents;
        this.properties = properties;
        this.clock = clock;
    }

    /** The schedules of a page of assessments, in one query. */
    Map<Long, ScheduleRecord> schedules(long tenantId, Collection<Long> ids) {
        Map<Long, ScheduleRecord> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            schedules.forAssessments(tenantId, ids).forEach(s -> byId.put(s.assessmentId(), s));
        }
        return byId;
    }

    @Nullable
    ScheduleView schedule(AssessmentRecord a) {
        return schedule(a, schedules.find(a.tenantId(), a.id()).orElse(null));
    }

    /** Null when the assessment has no schedule row or an empty one. */
    @Nullable
    ScheduleView schedule(AssessmentRecord a, @Nullable ScheduleRecord s) {
        if (s == null || s.dueDate() == null) {
            return null;
        }
        ZoneId zone = properties.zoneId();
        LocalDate today = DueDates.today(Instant.now(clock), zone);
        LocalDate due = s.dueDate();
        long left = DueDates.daysLeft(due, today);
        LocalDate next = s.reminds() && a.status() == AssessmentStatus.OPEN
                ? DueDates.nextReminder(due, s.remindDaysBefore(), s.remindEveryDays(), today)
                        .orElse(null)
                : null;
        return new ScheduleView(
                due,
                DueDates.dueAt(due, zone),
                zone.getId(),
                left,
                a.status() != AssessmentStatus.CLOSED && left < 0,
                s.autoClose(),
                s.remindDaysBefore(),
                s.remindEveryDays(),
                next);
    }

    /** Completion of one assessment, from one grouped query. */
    Completion completion(AssessmentRecord a) {
        return completion(respondents.progress(a.tenantId(), List.of(a.id())));
    }

    /** Completion by function of the rows of one assessment, in the product's order of functions. */
    static Completion completion(List<ProgressRow> rows) {
        Map<String, ProgressRow> byFunction = new HashMap<>();
        rows.forEach(r -> byFunction.put(r.businessFunction(), r));
        List<FunctionCompletion> result = new ArrayList<>();
        for (BusinessFunction f : BusinessFunction.values()) {
            ProgressRow r = byFunction.get(f.key());
            if (r != null) {
                result.add(new FunctionCompletion(f.key(), (int) r.respondents(), (int) r.submitted()));
            }
        }
        return new Completion(
                result,
                submitted(byFunction, BusinessFunction.MARKETING) > 0
                        && submitted(byFunction, BusinessFunction.IT) > 0);
    }

    private static long submitted(Map<String, ProgressRow> byFunction, BusinessFunction f) {
        ProgressRow r = byFunction.get(f.key());
        return r == null ? 0 : r.submitted();
    }
}
