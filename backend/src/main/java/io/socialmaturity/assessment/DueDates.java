package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.assessment.AssessmentCommands.SetSchedule;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.InvalidException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The due date and reminder rules as plain functions (unit tests in {@code DueDatesTest}). A due date is a
 * calendar date: the assessment is due at the end of that day in the configured zone
 * ({@link CampaignProperties#zone()}). Reminders fall on the days {@code due − N + k·M} (k = 0, 1, …) up to the
 * due date: first N days before it, then every M days.
 */
final class DueDates {

    private DueDates() {}

    static LocalDate today(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone);
    }

    /** The instant an assessment with this due date is due: the end of that day (midnight after it) in the zone. */
    static Instant dueAt(LocalDate dueDate, ZoneId zone) {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Days from today to the due date: 0 on the due day, negative once it is overdue. */
    static long daysLeft(LocalDate dueDate, LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    /**
     * A schedule as sent (prefix names where it sits in the request, e.g. "schedule." at creation): a due date not
     * in the past; auto-close and reminders only with a due date; both reminder numbers or none. The numbers' range
     * (≥ 1, so the first reminder falls before the due date) is bean validation's. The due date an admin leaves
     * unchanged may be in the past (editing an overdue assessment's reminders).
     */
    static void requireValid(SetSchedule s, LocalDate today, @Nullable LocalDate current, String prefix) {
        List<FieldError> violations = new ArrayList<>();
        if (s.dueDate() != null && s.dueDate().isBefore(today) && !s.dueDate().equals(current)) {
            violations.add(FieldError.of(prefix + "dueDate", "violation.due-date-past", today));
        }
        if (Boolean.TRUE.equals(s.autoClose()) && s.dueDate() == null) {
            violations.add(FieldError.of(prefix + "autoClose", "violation.needs-due-date"));
        }
        boolean before = s.reminderDaysBefore() != null;
        boolean every = s.reminderEveryDays() != null;
        if ((before || every) && s.dueDate() == null) {
            violations.add(FieldError.of(
                    prefix + (before ? "reminderDaysBefore" : "reminderEveryDays"), "violation.needs-due-date"));
        } else if (before != every) {
            violations.add(FieldError.of(
                    prefix + (before ? "reminderEveryDays" : "reminderDaysBefore"), "violation.reminder-pair"));
        }
        if (!violations.isEmpty()) {
            throw InvalidException.fields(violations, "problem.invalid-request.schedule");
        }
    }

    /** Whether a reminder of this schedule falls on {@code day}. */
    static boolean isReminderDay(LocalDate due, int daysBefore, int everyDays, LocalDate day) {
        LocalDate first = due.minusDays(daysBefore);
        if (day.isBefore(first) || day.isAfter(due)) {
            return false;
        }
        return ChronoUnit.DAYS.between(first, day) % everyDays == 0;
    }

    /** The next reminder day from {@code today} on (today included), if any is left before the due date. */
    static Optional<LocalDate> nextReminder(LocalDate due, int daysBefore, int everyDays, LocalDate today) {
        LocalDate first = due.minusDays(daysBefore);
        if (!today.isAfter(first)) {
            return Optional.of(first);
        }
        long since = ChronoUnit.DAYS.between(first, today);
        long steps = (since + everyDays - 1) / everyDays;
        LocalDate next = first.plusDays(steps * everyDays);
        return next.isAfter(due) ? Optional.empty() : Optional.of(next);
    }
}
