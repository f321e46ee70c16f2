package io.socialmaturity.assessment;

import static org.junit.jupiter.api.Assertions.*;

import io.socialmaturity.assessment.AssessmentCommands.SetSchedule;
import io.socialmaturity.platform.errors.InvalidException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The due-date and reminder rules, without database or context. */
class DueDatesTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final LocalDate DUE = LocalDate.of(2026, 12, 10);

    @Test
    void aDueDateEndsAtMidnightInTheZone() {
        assertEquals(Instant.parse("2026-12-10T23:00:00Z"), DueDates.dueAt(DUE, ROME));
        // 23:30 UTC on the 10th is already the 11th in Rome
        assertEquals(LocalDate.of(2026, 12, 11), DueDates.today(Instant.parse("2026-12-10T23:30:00Z"), ROME));
        assertEquals(5, DueDates.daysLeft(DUE, LocalDate.of(2026, 12, 5)));
        assertEquals(-1, DueDates.daysLeft(DUE, LocalDate.of(2026, 12, 11)));
    }

    @Test
    void remindersFallNDaysBeforeThenEveryMDaysUntilTheDueDate() {
        List<LocalDate> days = Stream.iterate(LocalDate.of(2026, 11, 30), d -> d.plusDays(1))
                .limit(14)
                .filter(d -> DueDates.isReminderDay(DUE, 5, 2, d))
                .toList();
        assertEquals(List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9)), days);
        assertEquals(
                Optional.of(LocalDate.of(2026, 12, 5)), DueDates.nextReminder(DUE, 5, 2, LocalDate.of(2026, 12, 1)));
        assertEquals(
                Optional.of(LocalDate.of(2026, 12, 7)), DueDates.nextReminder(DUE, 5, 2, LocalDate.of(2026, 12, 6)));
        assertEquals(Optional.empty(), DueDates.nextReminder(DUE, 5, 2, LocalDate.of(2026, 12, 10)));
    }

    @Test
    void schedulesNeedADueDateNotInThePastAndBothReminderNumbers() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        DueDates.requireValid(new SetSchedule(DUE, true, 3, 1), today, null, "");
        DueDates.requireValid(new SetSchedule(null, null, null, null), today, null, "");
        // an overdue date left as it was may stay (its reminders are being edited)
        DueDates.requireValid(
                new SetSchedule(LocalDate.of(2026, 12, 1), false, null, null), today, LocalDate.of(2026, 12, 1), "");
        assertField("schedule.dueDate", new SetSchedule(LocalDate.of(2026, 12, 2), null, null, null), today);
        assertField("schedule.autoClose", new SetSchedule(null, true, null, null), today);
        assertField("schedule.reminderDaysBefore", new SetSchedule(null, null, 3, 1), today);
        assertField("schedule.reminderEveryDays", new SetSchedule(DUE, null, 3, null), today);
    }

    private static void assertField(String field, SetSchedule s, LocalDate today) {
        InvalidException e =
                assertThrows(InvalidException.class, () -> DueDates.requireValid(s, today, null, "schedule."));
        assertTrue(e.fields().stream().anyMatch(f -> f.field().equals(field)), field + " in " + e.fields());
    }
}
