package io.socialmaturity.actions;

import static org.junit.jupiter.api.Assertions.*;

import io.socialmaturity.platform.errors.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionRulesTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void aDroppedActionIsReopenedOnlyWithANote() {
        assertThrows(
                ConflictException.class,
                () -> ActionRules.requireMove(ActionStatus.DROPPED, ActionStatus.PLANNED, null));
        assertThrows(
                ConflictException.class, () -> ActionRules.requireMove(ActionStatus.DROPPED, ActionStatus.DONE, " "));
        ActionRules.requireMove(ActionStatus.DROPPED, ActionStatus.PLANNED, "back on");
        ActionRules.requireMove(ActionStatus.DROPPED, ActionStatus.DROPPED, null);
        ActionRules.requireMove(ActionStatus.DONE, ActionStatus.IN_PROGRESS, null);
    }

    @Test
    void overdueIsOpenAndPastItsDueDay() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        assertTrue(ActionRules.overdue(ActionStatus.BLOCKED, today.minusDays(1), today));
        assertFalse(ActionRules.overdue(ActionStatus.BLOCKED, today, today), "due today is not late yet");
        assertFalse(ActionRules.overdue(ActionStatus.DONE, today.minusDays(9), today));
        assertFalse(ActionRules.overdue(ActionStatus.DROPPED, today.minusDays(9), today));
        assertFalse(ActionRules.overdue(ActionStatus.PLANNED, null, today));
    }

    @Test
    void aDueDateBeforeTheCreationDayIsAWarningInTheZone() {
        // 23:30 UTC on 3 December is already 4 December in Rome
        Instant created = Instant.parse("2026-12-03T23:30:00Z");
        assertEquals(List.of(), ActionRules.warnings(LocalDate.of(2026, 12, 4), created, ROME));
        assertEquals(
                1,
                ActionRules.warnings(LocalDate.of(2026, 12, 3), created, ROME).size());
        assertEquals(List.of(), ActionRules.warnings(null, created, ROME));
    }

    @Test
    void doneAtIsKeptWhileDoneAndClearedOtherwise() {
        Instant before = Instant.parse("2026-01-01T00:00:00Z");
        Instant now = Instant.parse("2026-02-01T00:00:00Z");
        assertEquals(now, ActionRules.doneAt(ActionStatus.PLANNED, ActionStatus.DONE, null, now));
        assertEquals(before, ActionRules.doneAt(ActionStatus.DONE, ActionStatus.DONE, before, now));
        assertNull(ActionRules.doneAt(ActionStatus.DONE, ActionStatus.PLANNED, before, now));
    }

    @Test
    void isoWeeks() {
        assertEquals("2026-W49", ActionRules.isoWeek(LocalDate.of(2026, 12, 4)));
        assertEquals("2026-W53", ActionRules.isoWeek(LocalDate.of(2027, 1, 1)));
        assertEquals("2027-W01", ActionRules.isoWeek(LocalDate.of(2027, 1, 4)));
    }
}
